import {
  APPLICATION_TYPE_WORDS,
  APPLICATION_TYPES,
  type ApplicationType,
  type BookingRequest,
  COMMAND_WORDS,
  formatDateField,
  type LocalDate,
  parseName,
  type Rejection,
} from '@antrean/core';
import fc from 'fast-check';

const range = (from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));

// Upper-case letters (or letters without case) whose case mapping round-trips, so a message
// written in lower case still parses to the same name. Each script with the most letters a word
// part may have, so three words stay within 60 code points.
// Javanese: a consonant, sometimes with a vowel sign (a combining mark).
const javaneseSyllableArb = fc
  .tuple(fc.constantFrom(...range(0xa98f, 0xa9b2)), fc.constantFrom('', ...range(0xa9b4, 0xa9bc)))
  .map(([consonant, sign]) => consonant + sign);
const LATIN = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÉÈÑÖÜÇ'];
const SCRIPTS: readonly (readonly [fc.Arbitrary<string>, number])[] = [
  [fc.constantFrom(...LATIN), 8],
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

const typeWordsFor = (type: ApplicationType): string[] =>
  Object.entries(APPLICATION_TYPE_WORDS)
    .filter(([, value]) => value === type)
    .map(([word]) => word);

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

/** A message with exactly one thing wrong, and the rejection `parseMessage` must give it. */
export interface NearValidMessage {
  readonly text: string;
  readonly expected: Rejection;
}

const digitOrEmojiArb = fc.constantFrom('0', '1', '7', '9', '😀', '🙏', '👍🏽', '★');
const letterArb = fc.constantFrom(...LATIN);
const FIELDS = ['name', 'birthDate', 'arrivalDate'] as const;
const sample = (fields: readonly string[], expected: Rejection): NearValidMessage => ({
  text: `#${fields.join('#')}#`,
  expected,
});
const BAD_DATES: Record<'twoDigitYear' | 'impossible' | 'format', readonly string[]> = {
  twoDigitYear: ['250187', '25-01-87', '5/1/87', '01.12.99'],
  impossible: ['31022000', '29022023', '30-02-2024', '01132000', '00012000', '31.04.2001'],
  format: ['2501198', '1987-01-25', '25 01 1987', '25/01', 'kemarin', '25-01-1987x'],
};
const badDateArb = fc
  .constantFrom('twoDigitYear' as const, 'impossible' as const, 'format' as const)
  .chain((problem) => fc.constantFrom(...BAD_DATES[problem]).map((text) => [text, problem] as const));
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
    badDateArb.map(([text, problem]) => sample(withField(1, text), { type: 'InvalidBirthDate', problem })),
    badDateArb.map(([text, problem]) => sample(withField(2, text), { type: 'InvalidArrivalDate', problem })),
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
