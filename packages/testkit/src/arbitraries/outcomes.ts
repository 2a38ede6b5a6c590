import type { DateProblem, LocalDate, Outcome, Rejection } from '@antrean/core';
import { rejectedOutcome } from '@antrean/core';
import fc from 'fast-check';
import { localDateArb } from './instants';

/**
 * Text an attacker or a broken client may send: NUL and other control characters, lone
 * surrogates, bidi overrides, zero-width characters, line breaks and links, alone or mixed
 * with any string. For checking that nothing of it reaches a reply raw.
 */
export const hostileTextArb: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom('\u0000', '\u0007', '\r', '\n', '\u001b[31m', '\ud800', '\udfff', '\u202e', '\u2066'),
        fc.constantFrom('\u200b', '\ufeff', 'bit.ly/x', 'https://bit.ly/x', '\n\nKLIK bit.ly/x', 'x'),
        fc.string({ maxLength: 10 }),
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join('')),
);

/** Options for `rejectionArb` and `outcomeArb`. */
export interface OutcomeArbOptions {
  /** Any string where a date goes (default: real dates 2020–2040). */
  readonly dates?: fc.Arbitrary<LocalDate>;
  /** Any string where the applicant's own text goes (`got`, the name; default: any string). */
  readonly texts?: fc.Arbitrary<string>;
}

const dateProblemArb = fc.constantFrom<DateProblem>(
  'format',
  'twoDigitYear',
  'impossible',
  'future',
  'tooOld',
);

/** Every kind of rejection with every variant of its fields (dates and texts as `options` say). */
export function rejectionArb(options: OutcomeArbOptions = {}): fc.Arbitrary<Rejection> {
  const date = options.dates ?? localDateArb({ from: '2020-01-01', to: '2040-12-31' });
  const text = options.texts ?? fc.string({ maxLength: 1000 });
  const dates = fc.array(date, { maxLength: 3 });
  const type = <T extends Rejection['type']>(name: T) => fc.constant(name);
  return fc.oneof(
    fc.record({
      type: type('MalformedMessage'),
      field: fc.constantFrom(
        'name',
        'birthDate',
        'arrivalDate',
        'applicationType',
        'code',
        'fields' as const,
      ),
      got: text,
    }),
    fc.record({ type: type('MessageTooLong'), length: fc.nat(), max: fc.nat() }),
    fc.record({
      type: type('InvalidName'),
      problem: fc.constantFrom('empty', 'tooLong', 'noLetter', 'badCharacter' as const),
    }),
    fc.record({ type: type('InvalidBirthDate'), problem: dateProblemArb }),
    fc.record(
      { type: type('InvalidArrivalDate'), problem: dateProblemArb, suggestion: date },
      { requiredKeys: ['type', 'problem'] },
    ),
    fc.record({
      type: type('LostOrDamagedPassport'),
      applicationType: fc.constantFrom('lost', 'damaged' as const),
    }),
    fc.record({
      type: type('NotPersonalNumber'),
      problem: fc.constantFrom('notMobile', 'otherCountry', 'unreadable', 'boundToOther' as const),
    }),
    fc.record({ type: type('ArrivalDateInPast'), date, today: date }),
    fc.record({ type: type('ArrivalDateTooFar'), date, lastDate: date }),
    fc.record({ type: type('OfficeClosed'), date, nextDates: dates }),
    fc.record({ type: type('FullyBooked'), date, nextDates: dates }),
    fc.record({ type: type('AlreadyBooked'), code: fc.constant('K7QM-3XPR') }, { requiredKeys: ['type'] }),
    fc.record({ type: type('CodeNotFound'), problem: fc.constantFrom('invalid', 'unknown' as const) }),
    fc.record({ type: type('CodeRequired'), command: fc.constantFrom('cancel', 'status' as const) }),
  );
}

const instantArb = fc.constantFrom(
  '2026-12-07T08:00:00+07:00',
  '2026-12-07T00:15:00+07:00',
  '2026-12-06T23:45:00+07:00',
  '2026-12-07T07:30:00+07:00',
);

/** Every kind of outcome: each rejection (see `rejectionArb`), confirmations, status answers, cancellations, help. */
export function outcomeArb(options: OutcomeArbOptions = {}): fc.Arbitrary<Outcome> {
  const date = options.dates ?? localDateArb({ from: '2020-01-01', to: '2040-12-31' });
  const schedule = {
    code: fc.constant('K7QM-3XPR'),
    date,
    sessionStart: instantArb,
    sessionEnd: instantArb,
    checkInDeadline: instantArb,
  };
  return fc.oneof(
    rejectionArb(options).map(rejectedOutcome),
    fc.constant({ kind: 'help' } as const),
    fc.constant({ kind: 'cancelled', code: 'K7QM-3XPR' } as const),
    fc.record(
      {
        kind: fc.constant('confirmed' as const),
        ...schedule,
        applicationType: fc.constantFrom('regular', 'new', 'replacement', 'lost', 'damaged' as const),
        name: options.texts ?? fc.constantFrom('BUDI SANTOSO', "SITI O'NEIL", '王小明'),
        birthDate: date,
      },
      { requiredKeys: ['kind', 'code', 'date', 'sessionStart', 'checkInDeadline', 'applicationType'] },
    ),
    fc.record(
      {
        kind: fc.constant('status' as const),
        ...schedule,
        state: fc.constantFrom('active', 'checked_in', 'expired', 'cancelled' as const),
      },
      { requiredKeys: ['kind', 'code', 'date', 'sessionStart', 'checkInDeadline', 'state'] },
    ),
  );
}
