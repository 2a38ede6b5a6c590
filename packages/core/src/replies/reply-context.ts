import { getCountryCallingCode, isSupportedCountry } from 'libphonenumber-js/max';
import { isOpenOn } from '../allocation/sessions-on-date';
import type { LocalDate } from '../domain/local-date';
import { cleanExcerpt } from '../grammar/clean-excerpt';
import { parseName } from '../grammar/parse-name';
import type { Language, OfficeConfig } from '../office/office-config';
import { lastBookableDate } from '../rules/booking-horizon';
import { addDays, daysBetween, isValidLocalDate, zoneAbbreviation } from '../time';
import { clockTimeOf, dateInWords, messageDate, plainDateInWords } from './date-words';

/** Extra facts a reply may use; the service passes them, other callers may leave them out. */
export interface ReplyOptions {
  /** The office-local date the message was answered on: lets refusals show a real example date. */
  readonly today?: LocalDate;
}

/** What every text function reads besides its outcome. */
export interface TextContext {
  readonly office: OfficeConfig;
  /** `WIB`, `WITA`, `WIT` or a UTC offset. */
  readonly zone: string;
  /** The office-local date of the answer, when known. */
  readonly today: LocalDate | undefined;
  /** A date an example booking may name: the first open day after `today`, when known and there is one. */
  readonly exampleDate: LocalDate | undefined;
}

/** The canonical-looking code used in examples (a valid code, so copying it shows the format works). */
export const EXAMPLE_CODE = 'K7QM-3XPR';

/** The name and birth date every example message uses. */
const EXAMPLE_APPLICANT = '#BUDI SANTOSO#25011987#';

/** True when `date` is after `today`, inside the booking horizon and a day the office is open. */
const isOpenAhead = (office: OfficeConfig, today: LocalDate, date: LocalDate): boolean =>
  date > today && date <= lastBookableDate(office, today) && isOpenOn(office, date);

/** The first day after `today`, within the booking horizon, on which the office is open; none if no such day. */
export function firstOpenDateAfter(office: OfficeConfig, today: LocalDate): LocalDate | undefined {
  // Counted, not compared: `addDays` gives an impossible date back unchanged, so it never passes the end.
  const days = daysBetween(today, lastBookableDate(office, today));
  for (let n = 1; n <= days; n++) {
    const date = addDays(today, n);
    if (isOpenOn(office, date)) return date;
  }
  return undefined;
}

/** Builds the context once per reply. */
export function textContext(office: OfficeConfig, options: ReplyOptions = {}): TextContext {
  const today = options.today;
  return {
    office,
    zone: zoneAbbreviation(office.timeZone),
    today,
    exampleDate: today === undefined ? undefined : firstOpenDateAfter(office, today),
  };
}

/**
 * The arrival date an example may name: `preferred` (a date with room, the applicant's own date
 * corrected) when it is open and inside the horizon, else the context's example date. Undefined
 * when today is known and no date qualifies: an example that would be refused is worse than none.
 */
export function exampleArrival(context: TextContext, preferred?: LocalDate): LocalDate | undefined {
  if (preferred === undefined) return context.exampleDate;
  if (context.today === undefined || isOpenAhead(context.office, context.today, preferred)) return preferred;
  return context.exampleDate;
}

/**
 * A correct booking message to copy: `#BUDI SANTOSO#25011987#07122026` (date from `exampleArrival`),
 * or the format itself, `…#DDMMYYYY`, when there is no date to name.
 */
export function exampleBooking(context: TextContext, preferred?: LocalDate): string {
  const date = exampleArrival(context, preferred);
  return `${EXAMPLE_APPLICANT}${date === undefined ? 'DDMMYYYY' : messageDate(date)}`;
}

/**
 * A refusal's closing line, `\nContoh: #BUDI SANTOSO#25011987#07122026`, under `label`. Left out
 * when today is known and no open date lies ahead inside the horizon.
 */
export function exampleLine(label: string, context: TextContext, preferred?: LocalDate): string {
  if (context.today !== undefined && exampleArrival(context, preferred) === undefined) return '';
  return `\n${label}: ${exampleBooking(context, preferred)}`;
}

/** A session's hours with the zone, `08:00–10:00 WIB` (only the start when the end is unknown). */
export function sessionHours(
  outcome: { readonly sessionStart: string; readonly sessionEnd?: string },
  context: TextContext,
): string {
  const start = clockTimeOf(outcome.sessionStart);
  const end = outcome.sessionEnd === undefined ? '' : `–${clockTimeOf(outcome.sessionEnd)}`;
  return `${start}${end} ${context.zone}`;
}

/**
 * The check-in deadline's time with the zone, `07:30 WIB`; with its date when it falls before the
 * session's own day (a 00:15 session with 30 minutes to arrive: `23:45 WIB, Minggu, 6 Desember 2026`).
 */
export function arriveBy(
  outcome: { readonly date: LocalDate; readonly checkInDeadline: string },
  context: TextContext,
  language: Language,
): string {
  const time = `${clockTimeOf(outcome.checkInDeadline)} ${context.zone}`;
  const deadlineDate = outcome.checkInDeadline.slice(0, 10);
  return deadlineDate === outcome.date ? time : `${time}, ${dateInWords(deadlineDate, language)}`;
}

/**
 * `BUDI SANTOSO, lahir 25 Januari 1987` / `BUDI SANTOSO, born 25 January 1987`: who a confirmation
 * is for. The name is shown only if it is one `parseName` accepts (letters, marks, spaces, ' - .),
 * so an outcome built by hand cannot put arbitrary text in a reply; undefined when absent.
 */
export function applicantLine(
  outcome: { readonly name?: string; readonly birthDate?: LocalDate },
  language: Language,
): string | undefined {
  const name = outcome.name === undefined ? undefined : parseName(outcome.name).unwrapOr(undefined);
  if (name === undefined || outcome.birthDate === undefined || !isValidLocalDate(outcome.birthDate))
    return undefined;
  return `${name}, ${language === 'id' ? 'lahir' : 'born'} ${plainDateInWords(outcome.birthDate, language)}`;
}

/** What the applicant typed as a short cleaned excerpt (`cleanExcerpt`), quoted: a refusal points at it, never echoes it. */
export function quoted(text: string): string {
  return `"${cleanExcerpt(text)}"`;
}

/** The country's calling code (`62` for `ID`), or the country code itself if it has none known. */
export function callingCodeOf(country: string): string {
  return isSupportedCountry(country) ? getCountryCallingCode(country) : country;
}
