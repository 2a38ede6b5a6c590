import { type Outcome, type Rejection, rejectedOutcome, renderReply } from '@antrean/core';
import { localDateArb, officeConfigArb } from '@antrean/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const dateArb = localDateArb({ from: '2020-01-01', to: '2040-12-31' });
const datesArb = fc.array(dateArb, { maxLength: 3 });
const dateProblemArb = fc.constantFrom('format', 'twoDigitYear', 'impossible', 'future', 'tooOld' as const);

const rejectionArb: fc.Arbitrary<Rejection> = fc.oneof(
  fc.record({
    type: fc.constant('MalformedMessage' as const),
    field: fc.constantFrom('name', 'birthDate', 'arrivalDate', 'applicationType', 'code', 'fields' as const),
    got: fc.string({ maxLength: 1000 }),
  }),
  fc.record({ type: fc.constant('MessageTooLong' as const), length: fc.nat(), max: fc.nat() }),
  fc.record({
    type: fc.constant('InvalidName' as const),
    problem: fc.constantFrom('empty', 'tooLong', 'noLetter', 'badCharacter' as const),
  }),
  fc.record({ type: fc.constant('InvalidBirthDate' as const), problem: dateProblemArb }),
  fc.record({ type: fc.constant('InvalidArrivalDate' as const), problem: dateProblemArb }),
  fc.record({
    type: fc.constant('LostOrDamagedPassport' as const),
    applicationType: fc.constantFrom('lost', 'damaged' as const),
  }),
  fc.record({
    type: fc.constant('NotPersonalNumber' as const),
    problem: fc.constantFrom('notMobile', 'otherCountry', 'unreadable', 'boundToOther' as const),
  }),
  fc.record({ type: fc.constant('ArrivalDateInPast' as const), date: dateArb, today: dateArb }),
  fc.record({ type: fc.constant('ArrivalDateTooFar' as const), date: dateArb, lastDate: dateArb }),
  fc.record({ type: fc.constant('OfficeClosed' as const), date: dateArb, nextDates: datesArb }),
  fc.record({ type: fc.constant('FullyBooked' as const), date: dateArb, nextDates: datesArb }),
  fc.record(
    { type: fc.constant('AlreadyBooked' as const), code: fc.constant('K7QM-3XPR') },
    { requiredKeys: ['type'] },
  ),
  fc.record({
    type: fc.constant('CodeNotFound' as const),
    problem: fc.constantFrom('invalid', 'unknown' as const),
  }),
);

const outcomeArb: fc.Arbitrary<Outcome> = fc.oneof(
  rejectionArb.map(rejectedOutcome),
  fc.constant({ kind: 'help' } as const),
  fc.constant({ kind: 'cancelled', code: 'K7QM-3XPR' } as const),
  fc.record({
    kind: fc.constant('status' as const),
    code: fc.constant('K7QM-3XPR'),
    state: fc.constantFrom('active', 'checked_in', 'expired', 'cancelled' as const),
    date: dateArb,
    sessionStart: fc.constant('2026-12-07T08:00:00+07:00'),
    checkInDeadline: fc.constant('2026-12-07T07:30:00+07:00'),
  }),
);

describe('renderReply, any outcome', () => {
  it('never throws and always fits one message, in both languages, for any office and day', () => {
    fc.assert(
      fc.property(
        outcomeArb,
        officeConfigArb,
        fc.constantFrom('id', 'en' as const),
        fc.option(dateArb, { nil: undefined }),
        (outcome, office, language, today) => {
          const text = renderReply(outcome, office, language, today === undefined ? {} : { today });
          expect(text.trim().length).toBeGreaterThan(0);
          expect(text.length).toBeLessThan(1000);
        },
      ),
    );
  });
});
