import { APPLICATION_TYPE_WORDS, type BookingRequest, formatDateField, type Rejection } from '@antrean/core';
import fc from 'fast-check';
import { LATIN_LETTERS, typeWordsFor } from './message-words';
import { bookingRequestArb } from './messages';

/** A message with exactly one thing wrong, and the rejection `parseMessage` must give it. */
export interface NearValidMessage {
  readonly text: string;
  readonly expected: Rejection;
}

const digitOrEmojiArb = fc.constantFrom('0', '1', '7', '9', '😀', '🙏', '👍🏽', '★');
const letterArb = fc.constantFrom(...LATIN_LETTERS);
const FIELDS = ['name', 'birthDate', 'arrivalDate'] as const;
const sample = (fields: readonly string[], expected: Rejection): NearValidMessage => ({
  text: `#${fields.join('#')}#`,
  expected,
});
// Each bad date with the arrival date a reply would suggest for it (a two-digit year is this century).
const BAD_DATES: Record<'twoDigitYear' | 'impossible' | 'format', readonly (readonly [string, string?])[]> = {
  twoDigitYear: [
    ['250187', '2087-01-25'],
    ['25-01-87', '2087-01-25'],
    ['5/1/87', '2087-01-05'],
    ['01.12.99', '2099-12-01'],
  ],
  impossible: [['31022000'], ['29022023'], ['30-02-2024'], ['01132000'], ['00012000'], ['31.04.2001']],
  format: [
    ['2501198'],
    ['1987-01-25', '1987-01-25'],
    ['25 01 1987', '1987-01-25'],
    ['25/01'],
    ['kemarin'],
    ['25-01-1987x'],
  ],
};
const badDateArb = fc
  .constantFrom('twoDigitYear' as const, 'impossible' as const, 'format' as const)
  .chain((problem) =>
    fc.constantFrom(...BAD_DATES[problem]).map(([text, suggestion]) => ({ text, problem, suggestion })),
  );
const unknownTypeArb = fc
  .array(letterArb, { minLength: 2, maxLength: 12 })
  .map((letters) => letters.join(''))
  .filter((word) => !Object.hasOwn(APPLICATION_TYPE_WORDS, word.toUpperCase()));

/** Ways to break one thing in the message for `request`, each with the rejection it earns. */
function brokenMessages(request: BookingRequest): fc.Arbitrary<NearValidMessage>[] {
  const dates = [formatDateField(request.birthDate), formatDateField(request.arrivalDate)];
  const fields = [request.name, ...dates, ...typeWordsFor(request.applicationType).slice(0, 1)];
  const withField = (i: number, value: string): string[] => fields.map((f, j) => (j === i ? value : f));
  const badName = (text: string, problem: 'badCharacter' | 'tooLong' | 'noLetter') =>
    sample(withField(0, text), { type: 'InvalidName', problem });
  const insertAt = (at: number, bad: string): string => {
    const chars = [...request.name];
    chars.splice(at % (chars.length + 1), 0, bad);
    return chars.join('');
  };
  return [
    fc.tuple(fc.nat(), digitOrEmojiArb).map(([at, bad]) => badName(insertAt(at, bad), 'badCharacter')),
    fc.array(letterArb, { minLength: 61, maxLength: 90 }).map((chars) => badName(chars.join(''), 'tooLong')),
    fc.constantFrom('.', "'", '-', '. -', "'-'").map((text) => badName(text, 'noLetter')),
    badDateArb.map(({ text, problem }) => sample(withField(1, text), { type: 'InvalidBirthDate', problem })),
    badDateArb.map(({ text, problem, suggestion }) =>
      sample(withField(2, text), {
        type: 'InvalidArrivalDate',
        problem,
        ...(suggestion === undefined ? {} : { suggestion }),
      }),
    ),
    unknownTypeArb.map((got) =>
      sample([request.name, ...dates, got], { type: 'MalformedMessage', field: 'applicationType', got }),
    ),
    // An empty field before the last is missing; an empty last field is dropped, leaving too few.
    fc.constantFrom(0, 1, 2).map((i) => {
      const field = i < fields.length - 1 ? FIELDS[i]! : 'fields';
      return sample(withField(i, ' '), { type: 'MalformedMessage', field });
    }),
    fc.constantFrom(1, 2, 5, 6).map((count) => {
      const wrongCount = [...fields, 'X', 'Y', 'Z'].slice(0, count);
      return sample(wrongCount, { type: 'MalformedMessage', field: 'fields' });
    }),
    fc.integer({ min: 1001, max: 1500 }).map((length) => {
      const expected: Rejection = { type: 'MessageTooLong', length, max: 1000 };
      return { text: sample(fields, expected).text.padEnd(length, ' '), expected };
    }),
  ];
}

/** A near-valid booking message (one field broken) with the exact rejection it must get. */
export const nearValidMessageCaseArb: fc.Arbitrary<NearValidMessage> = bookingRequestArb().chain((request) =>
  fc.oneof(...brokenMessages(request)),
);

/** Near-valid message text: a bad date, two-digit year, digits in the name, a missing field, an unknown type… */
export const nearValidMessageArb: fc.Arbitrary<string> = nearValidMessageCaseArb.map((sample) => sample.text);
