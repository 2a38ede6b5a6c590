import {
  APPLICATION_TYPES,
  type ApplicationType,
  type BookingRequest,
  COMMAND_WORDS,
  type LocalDate,
  parseName,
} from '@antrean/core';
import fc from 'fast-check';
import { LATIN_LETTERS, typeWordsFor } from './message-words';

const range = (from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));

// Upper-case letters (or letters without case) whose case mapping round-trips, so a message
// written in lower case still parses to the same name. Each script with the most letters a word
// part may have, so three words stay within 60 code points.
// Javanese: a consonant, sometimes with a vowel sign (a combining mark).
const javaneseSyllableArb = fc
  .tuple(fc.constantFrom(...range(0xa98f, 0xa9b2)), fc.constantFrom('', ...range(0xa9b4, 0xa9bc)))
  .map(([consonant, sign]) => consonant + sign);
const SCRIPTS: readonly (readonly [fc.Arbitrary<string>, number])[] = [
  [fc.constantFrom(...LATIN_LETTERS), 8],
  [fc.constantFrom(...range(0x0621, 0x063a), ...range(0x0641, 0x064a)), 8], // Arabic
  [fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((code) => String.fromCodePoint(code)), 4], // Chinese
  [javaneseSyllableArb, 4],
  [fc.constantFrom(...range(0x0410, 0x042f)), 8], // Cyrillic
  [fc.constantFrom(...range(0x0391, 0x03a1), ...range(0x03a3, 0x03a9)), 8], // Greek
];

// One to three words of one script; a word may join two parts with ' or - and end with '.'.
const nameInScriptArb = ([letter, most]: readonly [fc.Arbitrary<string>, number]): fc.Arbitrary<string> => {
  const part = fc.array(letter, { minLength: 1, maxLength: most }).map((letters) => letters.join(''));
  const word = fc
    .tuple(part, fc.option(fc.tuple(fc.constantFrom("'", '-'), part)), fc.constantFrom('', '', '', '.'))
    .map(([head, tail, dot]) => head + (tail ? tail[0] + tail[1] : '') + dot);
  return fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
};

/**
 * A valid applicant name as `parseName` returns it (NFC, upper case, single spaces, ≤ 60 code
 * points): one to three words of Latin (most often), Arabic, Chinese, Javanese, Cyrillic or Greek
 * letters, with `'`, `-`, `.`. Never a command keyword such as `CEK`, which cannot be booked under.
 */
export const applicantNameArb: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 4, arbitrary: nameInScriptArb(SCRIPTS[0]!) },
    ...SCRIPTS.slice(1).map((script) => ({ weight: 1, arbitrary: nameInScriptArb(script) })),
  )
  .map((raw) => parseName(raw).unwrapOr(''))
  .filter((name) => name !== '' && !Object.hasOwn(COMMAND_WORDS, name));

const DAY_MS = 86_400_000;
const localDateArb = (minYear: number, maxYear: number): fc.Arbitrary<LocalDate> =>
  fc
    .integer({ min: Date.UTC(minYear, 0, 1) / DAY_MS, max: Date.UTC(maxYear, 11, 31) / DAY_MS })
    .map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10));

/** Options for `bookingRequestArb`: replace any field's arbitrary, e.g. arrival dates an office is open. */
export interface BookingRequestArbOptions {
  readonly birthDates?: fc.Arbitrary<LocalDate>;
  readonly arrivalDates?: fc.Arbitrary<LocalDate>;
  readonly applicationTypes?: fc.Arbitrary<ApplicationType>;
}

/**
 * A request the grammar accepts: a valid name, real dates (births 1930–2010, arrivals 2020–2040
 * unless given) and any application type. Eligibility (age, office calendar) is not implied.
 */
export function bookingRequestArb(options: BookingRequestArbOptions = {}): fc.Arbitrary<BookingRequest> {
  return fc.record({
    name: applicantNameArb,
    birthDate: options.birthDates ?? localDateArb(1930, 2010),
    arrivalDate: options.arrivalDates ?? localDateArb(2020, 2040),
    applicationType: options.applicationTypes ?? fc.constantFrom(...APPLICATION_TYPES),
  });
}

const spaceArb = fc.constantFrom('', '', ' ', '  ', '\t');
const separatorArb = fc.constantFrom('' as const, '-' as const, '/' as const, '.' as const);

const dateSpellingArb = (date: LocalDate): fc.Arbitrary<string> =>
  fc.tuple(separatorArb, fc.boolean()).map(([separator, unpadded]) => {
    const [year = '', month = '', day = ''] = date.split('-');
    const short = (part: string): string => (separator !== '' && unpadded ? String(Number(part)) : part);
    return [short(day), short(month), year].join(separator);
  });

const caseArb = fc.constantFrom(
  (text: string) => text,
  (text: string) => text.toLowerCase(),
  (text: string) =>
    text.toLowerCase().replace(/(^|[\s#])(\S)/gu, (_, before, first) => before + first.toUpperCase()),
);

/**
 * Every way an applicant may write a message for `request` that parses back to it: any case,
 * every date separator (unpadded day and month too), spaces around fields, with or without the
 * closing `#`, and every synonym of the application type.
 */
export function styledBookingMessageArb(request: BookingRequest): fc.Arbitrary<string> {
  const type = request.applicationType;
  const typeArb =
    type === 'regular' ? fc.constant([]) : fc.constantFrom(...typeWordsFor(type)).map((w) => [w]);
  return fc
    .record({
      lead: fc.constantFrom('', ' ', '\n'),
      fields: fc.tuple(dateSpellingArb(request.birthDate), dateSpellingArb(request.arrivalDate), typeArb),
      spaces: fc.array(fc.tuple(spaceArb, spaceArb), { minLength: 4, maxLength: 4 }),
      closing: fc.constantFrom('', '#', '#', '# ', '##'),
      recase: caseArb,
    })
    .map(({ lead, fields: [birth, arrival, typeWord], spaces, closing, recase }) => {
      const fields = [request.name, birth, arrival, ...typeWord];
      const padded = fields.map((field, i) => (spaces[i]?.[0] ?? '') + field + (spaces[i]?.[1] ?? ''));
      return recase(`${lead}#${padded.join('#')}${closing}`);
    });
}

/** A valid booking message in a random style (see `styledBookingMessageArb`). */
export const bookingMessageArb: fc.Arbitrary<string> = bookingRequestArb().chain(styledBookingMessageArb);
