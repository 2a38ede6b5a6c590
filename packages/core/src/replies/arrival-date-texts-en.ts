import { arrivalDateTexts } from './arrival-date-texts';

/** The arrival-date refusals in English. */
export const arrivalDateTextsEn = arrivalDateTexts({
  language: 'en',
  exampleLabel: 'Example',
  forExample: (compact, dashed) => `, e.g. ${compact} or ${dashed}`,
  unreadable: (problem, sample) =>
    problem === 'impossible'
      ? 'The arrival date does not exist (e.g. 31 November). Check the day and month.'
      : problem === 'twoDigitYear'
        ? `The arrival date has a two-digit year. Write all four digits: DDMMYYYY${sample}.`
        : `The arrival date cannot be read. Write day, month and year: DDMMYYYY${sample}.`,
  meant: (date) => `Did you mean ${date}?`,
  past: (o, date) =>
    `${o.date === o.today ? "Today's sessions are past, or too close to, their arrival deadline." : `The arrival date ${date} has passed.`} ` +
    'Choose a date still ahead.',
  tooFar: (date, lastDate) =>
    `The arrival date ${date} is too far ahead. The latest date you can book is ${lastDate}.`,
  closed: (date) => `The office does not serve on ${date} (holiday or no sessions).`,
  full: (date) => `${date} is fully booked.`,
  noDateWithRoom: (days) => `No date has room within the next ${days} days. Please try again later.`,
  nearestDates: 'The nearest dates with room:',
});
