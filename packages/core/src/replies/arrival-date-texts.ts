import type { LocalDate } from '../domain/local-date';
import { formatDateField } from '../grammar/format-message';
import type { Language } from '../office/office-config';
import { dateInWords, messageDate } from './date-words';
import { exampleArrival, exampleLine, type TextContext, textContext } from './reply-context';
import type { RejectedOf, RejectionTexts } from './reply-texts';

type ArrivalReason =
  | 'InvalidArrivalDate'
  | 'ArrivalDateInPast'
  | 'ArrivalDateTooFar'
  | 'OfficeClosed'
  | 'FullyBooked';

/** The words of one language the arrival-date refusals are written with. */
export interface ArrivalDateWords {
  readonly language: Language;
  readonly exampleLabel: string;
  /** `, misalnya 07122026 atau 07-12-2026`: two spellings of an example arrival date. */
  readonly forExample: (compact: string, dashed: string) => string;
  /** Why the field cannot be read, with `sample` (from `forExample`, or empty) where it fits. */
  readonly unreadable: (problem: RejectedOf<'InvalidArrivalDate'>['problem'], sample: string) => string;
  readonly meant: (date: string) => string;
  readonly past: (o: RejectedOf<'ArrivalDateInPast'>, date: string) => string;
  readonly tooFar: (date: string, lastDate: string) => string;
  readonly closed: (date: string) => string;
  readonly full: (date: string) => string;
  readonly noDateWithRoom: (horizonDays: number) => string;
  readonly nearestDates: string;
}

/**
 * The arrival-date refusals in one language. Every example names an open date inside the horizon
 * (the applicant's own date corrected, or a date with room, when it is one), or is left out.
 */
export function arrivalDateTexts(words: ArrivalDateWords): Pick<RejectionTexts, ArrivalReason> {
  const inWords = (date: LocalDate) => dateInWords(date, words.language);
  const example = (c: TextContext, preferred?: LocalDate) => exampleLine(words.exampleLabel, c, preferred);
  const offered = (o: RejectedOf<'OfficeClosed' | 'FullyBooked'>, c: TextContext) =>
    o.nextDates.length === 0
      ? words.noDateWithRoom(c.office.bookingHorizonDays)
      : `${words.nearestDates}\n${o.nextDates.map((d) => `- ${inWords(d)}`).join('\n')}${example(c, o.nextDates[0])}`;
  return {
    InvalidArrivalDate: (o, c) => {
      const date = exampleArrival(c, o.suggestion);
      const sample =
        date === undefined ? '' : words.forExample(messageDate(date), formatDateField(date, '-'));
      const meant = date !== undefined && date === o.suggestion ? ` ${words.meant(inWords(date))}` : '';
      return `${words.unreadable(o.problem, sample)}${meant}${example(c, o.suggestion)}`;
    },
    ArrivalDateInPast: (o, c) =>
      words.past(o, inWords(o.date)) +
      example(c.today === undefined ? textContext(c.office, { today: o.today }) : c),
    ArrivalDateTooFar: (o, c) => words.tooFar(inWords(o.date), inWords(o.lastDate)) + example(c),
    OfficeClosed: (o, c) => `${words.closed(inWords(o.date))}\n${offered(o, c)}`,
    FullyBooked: (o, c) => `${words.full(inWords(o.date))}\n${offered(o, c)}`,
  };
}
