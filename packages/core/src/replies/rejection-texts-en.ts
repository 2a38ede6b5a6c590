import type { DateProblem, MessageField, NameProblem } from '../domain/rejection';
import { MAX_NAME_LENGTH } from '../grammar';
import { MAX_AGE_YEARS } from '../rules';
import { arrivalDateTextsEn } from './arrival-date-texts-en';
import { callingCodeOf, EXAMPLE_CODE, exampleLine, quoted, type TextContext } from './reply-context';
import type { RejectionTexts } from './reply-texts';

const example = (c: TextContext, preferred?: string): string => exampleLine('Example', c, preferred);

const MISSING_FIELD: Readonly<Record<Exclude<MessageField, 'applicationType' | 'code'>, string>> = {
  fields:
    'The message is not in the right format. To book, send #NAME#DATE OF BIRTH#ARRIVAL DATE (dates DDMMYYYY).',
  name: "The applicant's name is missing. Write the full name in the first field.",
  birthDate: 'The date of birth is missing. Write it as DDMMYYYY in the second field.',
  arrivalDate: 'The arrival date is missing. Write it as DDMMYYYY in the third field.',
};

const NAME_PROBLEM: Readonly<Record<NameProblem, string>> = {
  empty: "The applicant's name is missing. Write the full name in the first field.",
  tooLong: `The name is too long: at most ${MAX_NAME_LENGTH} characters.`,
  noLetter: 'The name must contain letters.',
  badCharacter: "The name may contain only letters, spaces, ' - and full stops (no digits or emoji).",
};

const DATE_PROBLEM: Readonly<Record<DateProblem, string>> = {
  format: 'cannot be read. Write DDMMYYYY, e.g. 25011987 or 25-01-1987.',
  twoDigitYear: 'has a two-digit year. Write all four digits: 25011987, not 250187.',
  impossible: 'does not exist (e.g. 31 February). Check the day and month.',
  future: 'is in the future. Check the year.',
  tooOld: `is more than ${MAX_AGE_YEARS} years ago. Check the year.`,
};

/** Refusals in English: each says what to fix and shows a message that would work. */
export const rejectionTextsEn = {
  MalformedMessage: (o, c) => {
    if (o.field === 'code') {
      return `The booking code is missing or incomplete.\nExample: #STATUS#${EXAMPLE_CODE} or #CANCEL#${EXAMPLE_CODE}`;
    }
    if (o.field === 'applicationType') {
      const got = o.got === undefined ? '' : ` ${quoted(o.got)}`;
      const line = example(c);
      return (
        `The application type${got} is not known. Write NEW or RENEWAL in the fourth field, ` +
        `or leave it out.${line && `${line}#NEW`}`
      );
    }
    return MISSING_FIELD[o.field] + example(c);
  },
  MessageTooLong: (o, c) =>
    `The message is too long (${o.length} characters, at most ${o.max}). Send a short message.${example(c)}`,
  InvalidName: (o, c) => NAME_PROBLEM[o.problem] + example(c),
  InvalidBirthDate: (o, c) => `The date of birth ${DATE_PROBLEM[o.problem]}${example(c)}`,
  LostOrDamagedPassport: (o, c) =>
    `A ${o.applicationType} passport cannot be handled by message. ` +
    `Please come to the counter at ${c.office.name} with your original documents.\n` +
    `If your passport is not ${o.applicationType}, send the message without that field.` +
    example(c),
  NotPersonalNumber: (o, c) => {
    const why = {
      notMobile:
        "This is not a mobile number. Bookings come only from the applicant's own mobile (no landlines).",
      otherCountry: `Only mobile numbers of this office's country (+${callingCodeOf(c.office.country)}) can book. Send from the applicant's own local mobile.`,
      unreadable:
        "The sender's number cannot be read as a mobile number. Send from the applicant's own mobile.",
      boundToOther:
        `This number booked for another applicant in the last ${c.office.numberBindingDays} days. ` +
        'One mobile number serves one applicant: the other applicant books from their own number.',
    }[o.problem];
    return why + example(c);
  },
  ...arrivalDateTextsEn,
  AlreadyBooked: (o) =>
    o.code === undefined
      ? 'This applicant already has an active booking, made from another number. One booking per applicant. ' +
        'Check or cancel it from the number that made it, with #STATUS#CODE or #CANCEL#CODE.'
      : `You already have an active booking: ${o.code}. One booking per applicant.\n` +
        `Check it: #STATUS#${o.code}\nChange the date: cancel first with #CANCEL#${o.code}, then book again.`,
  CodeRequired: (o) =>
    `To ${o.command === 'cancel' ? 'cancel' : 'check'} a booking, send its booking code, not the name and date of birth. ` +
    'The code is in the booking confirmation. Lost it? Send the same booking message again from the number ' +
    `that booked: the reply shows the code.\nExample: #${o.command === 'cancel' ? 'CANCEL' : 'STATUS'}#${EXAMPLE_CODE}`,
  CodeNotFound: (o) =>
    o.problem === 'invalid'
      ? 'That booking code is not valid. A code has 8 letters and digits (no O, I, L, 0 or 1). ' +
        `Check it again.\nExample: #STATUS#${EXAMPLE_CODE}`
      : 'No active booking with that code for this number. A code can be checked or cancelled only ' +
        `from the number that made the booking.\nExample: #STATUS#${EXAMPLE_CODE}`,
} satisfies RejectionTexts;
