import { getCountryCallingCode, isSupportedCountry } from 'libphonenumber-js/max';
import type { LocalDate } from '../domain/local-date';
import type { OfficeConfig } from '../office/office-config';
import { addDays, weekdayOf, zoneAbbreviation } from '../time';
import { clockTimeOf, messageDate } from './date-words';

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
  /** A date an example booking may name: the first open day after `today`, when known. */
  readonly exampleDate: LocalDate | undefined;
}

/** The canonical-looking code used in examples (a valid code, so copying it shows the format works). */
export const EXAMPLE_CODE = 'K7QM-3XPR';

/** The name and birth date every example message uses. */
const EXAMPLE_APPLICANT = '#BUDI SANTOSO#25011987#';

const isOpen = (office: OfficeConfig, date: LocalDate): boolean =>
  !office.closedDates.includes(date) && office.sessions.some((s) => s.days.includes(weekdayOf(date)));

/** The first day after `today`, within the booking horizon, on which the office has sessions. */
export function firstOpenDateAfter(office: OfficeConfig, today: LocalDate): LocalDate {
  for (let n = 1; n <= office.bookingHorizonDays; n++) {
    const date = addDays(today, n);
    if (isOpen(office, date)) return date;
  }
  return addDays(today, 1);
}

/** Builds the context once per reply. */
export function textContext(office: OfficeConfig, options: ReplyOptions = {}): TextContext {
  return {
    office,
    zone: zoneAbbreviation(office.timeZone),
    exampleDate: options.today === undefined ? undefined : firstOpenDateAfter(office, options.today),
  };
}

/**
 * A correct booking message to copy: `#BUDI SANTOSO#25011987#07122026`. The arrival date is the
 * preferred one (e.g. a date with room), else the context's example date, else the format itself.
 */
export function exampleBooking(context: TextContext, preferred?: LocalDate): string {
  const date = preferred ?? context.exampleDate;
  return `${EXAMPLE_APPLICANT}${date === undefined ? 'DDMMYYYY' : messageDate(date)}`;
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

/** The check-in deadline's time with the zone, `07:30 WIB`. */
export function arriveBy(outcome: { readonly checkInDeadline: string }, context: TextContext): string {
  return `${clockTimeOf(outcome.checkInDeadline)} ${context.zone}`;
}

/** What the applicant typed, cut short and quoted, so a refusal can point at it without echoing a flood. */
export function quoted(text: string): string {
  const chars = [...text.trim()];
  return `"${chars.length > 20 ? `${chars.slice(0, 20).join('')}…` : chars.join('')}"`;
}

/** The country's calling code (`62` for `ID`), or the country code itself if it has none known. */
export function callingCodeOf(country: string): string {
  return isSupportedCountry(country) ? getCountryCallingCode(country) : country;
}
