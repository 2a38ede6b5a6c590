import { formatDateField } from '../grammar/format-message';
import { dateInWords, messageDate } from './date-words';
import { exampleArrival, exampleLine, type TextContext, textContext } from './reply-context';
import type { RejectedOf, RejectionTexts } from './reply-texts';

type ArrivalReason =
  | 'InvalidArrivalDate'
  | 'ArrivalDateInPast'
  | 'ArrivalDateTooFar'
  | 'OfficeClosed'
  | 'FullyBooked';

const example = (c: TextContext, preferred?: string): string => exampleLine('Example', c, preferred);

/** The dates a refusal lists and offers: the first of `nextDates`, none (and no example) when empty. */
const nextDatesEn = (o: RejectedOf<'OfficeClosed' | 'FullyBooked'>, c: TextContext): string =>
  o.nextDates.length === 0
    ? `No date has room within the next ${c.office.bookingHorizonDays} days. Please try again later.`
    : `The nearest dates with room:\n${o.nextDates.map((d) => `- ${dateInWords(d, 'en')}`).join('\n')}` +
      example(c, o.nextDates[0]);

/** How to write an unreadable arrival date, shown on an arrival date (the applicant's own, corrected, if it can be). */
function invalidArrivalDate(o: RejectedOf<'InvalidArrivalDate'>, c: TextContext): string {
  const date = exampleArrival(c, o.suggestion);
  const sample = date === undefined ? '' : `, e.g. ${messageDate(date)} or ${formatDateField(date, '-')}`;
  const why =
    o.problem === 'impossible'
      ? 'does not exist (e.g. 31 November). Check the day and month.'
      : o.problem === 'twoDigitYear'
        ? `has a two-digit year. Write all four digits: DDMMYYYY${sample}.`
        : `cannot be read. Write day, month and year: DDMMYYYY${sample}.`;
  const meant =
    o.suggestion !== undefined && date === o.suggestion ? ` Did you mean ${dateInWords(date, 'en')}?` : '';
  return `The arrival date ${why}${meant}${example(c, o.suggestion)}`;
}

/** The arrival-date refusals in English; every example is an open date inside the horizon. */
export const arrivalDateTextsEn = {
  InvalidArrivalDate: invalidArrivalDate,
  ArrivalDateInPast: (o, c) => {
    const why =
      o.date === o.today
        ? "Today's sessions are past, or too close to, their arrival deadline."
        : `The arrival date ${dateInWords(o.date, 'en')} has passed.`;
    const context = c.today === undefined ? textContext(c.office, { today: o.today }) : c;
    return `${why} Choose a date still ahead.${example(context)}`;
  },
  ArrivalDateTooFar: (o, c) =>
    `The arrival date ${dateInWords(o.date, 'en')} is too far ahead. The latest date you can book is ` +
    `${dateInWords(o.lastDate, 'en')}.${example(c)}`,
  OfficeClosed: (o, c) =>
    `The office does not serve on ${dateInWords(o.date, 'en')} (holiday or no sessions).\n${nextDatesEn(o, c)}`,
  FullyBooked: (o, c) => `${dateInWords(o.date, 'en')} is fully booked.\n${nextDatesEn(o, c)}`,
} satisfies Pick<RejectionTexts, ArrivalReason>;
