import type { ApplicationType } from '../domain/application-type';
import { documentsFor } from '../office/default-documents';
import { dateInWords } from './date-words';
import { rejectionTextsEn } from './rejection-texts-en';
import { applicantLine, arriveBy, EXAMPLE_CODE, exampleBooking, sessionHours } from './reply-context';
import type { ReplyTexts } from './reply-texts';

const TYPE_WORDS: Readonly<Record<ApplicationType, string | undefined>> = {
  regular: undefined,
  new: 'new passport',
  replacement: 'passport replacement',
  lost: 'lost passport',
  damaged: 'damaged passport',
};

/** The replies in English. */
export const textsEn: ReplyTexts = {
  confirmed: (o, c) => {
    const type = TYPE_WORDS[o.applicationType];
    const who = applicantLine(o, 'en');
    return [
      'Your booking is confirmed.',
      `Booking code: ${o.code}`,
      ...(who === undefined ? [] : [`For: ${who}`]),
      `When: ${dateInWords(o.date, 'en')}, session ${sessionHours(o, c)}`,
      ...(type === undefined ? [] : [`Application: ${type}`]),
      `Arrive by ${arriveBy(o, c, 'en')} at the latest, at ${c.office.name}${c.office.address ? `, ${c.office.address}` : ''}.`,
      '',
      who === undefined
        ? 'Bring these original documents:'
        : 'Bring these original documents; their name and date of birth must match the above:',
      ...documentsFor(c.office, o.applicationType, 'en').map((item) => `- ${item}`),
      '',
      'Rules:',
      '1. Show your booking code at the counter.',
      '2. Your personal data must be identical on every document.',
      '3. Arrive late and the code is void ("hangus"); you may then book again.',
      '',
      `To cancel: #CANCEL#${o.code}`,
    ].join('\n');
  },

  cancelled: (o, c) =>
    `Booking ${o.code} is cancelled and its place released.\n` +
    `To book again, send for example: ${exampleBooking(c)}`,

  status: (o, c) => {
    const when = `${dateInWords(o.date, 'en')}, session ${sessionHours(o, c)}`;
    switch (o.state) {
      case 'active':
        return (
          `Code ${o.code} is active.\nWhen: ${when}\n` +
          `Arrive by ${arriveBy(o, c, 'en')} at the latest, at ${c.office.name}. ` +
          'Show the code at the counter and bring your original documents.'
        );
      case 'checked_in':
        return `Code ${o.code} has been checked in at the counter for ${when}. Thank you.`;
      case 'expired':
        return (
          `Code ${o.code} is void ("hangus"): it was not checked in by ${arriveBy(o, c, 'en')} on ${dateInWords(o.date, 'en')}.\n` +
          `You may book again, for example: ${exampleBooking(c)}`
        );
      case 'cancelled':
        return `Code ${o.code} was cancelled.\nTo book again, send for example: ${exampleBooking(c)}`;
    }
  },

  help: (_o, c) =>
    [
      `Passport queue of ${c.office.name}, by message.`,
      '',
      'Book: #NAME#DATE OF BIRTH#ARRIVAL DATE',
      `Example: ${exampleBooking(c)}`,
      'Dates are DDMMYYYY. An optional fourth field: NEW, or RENEWAL for a replacement.',
      '',
      `Check a booking: #STATUS#CODE (e.g. #STATUS#${EXAMPLE_CODE})`,
      `Cancel: #CANCEL#CODE (e.g. #CANCEL#${EXAMPLE_CODE})`,
      '',
      "Send from the applicant's own mobile number: one number, one applicant.",
      'Lost or damaged passport: come to the counter in person.',
    ].join('\n'),

  rejected: rejectionTextsEn,
};
