import type { Booking, OfficeConfig } from '@antrean/core';
import { localDateArb, officeConfigArb, outcomeArb } from '@antrean/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bookingSchedule, uncachedSchedule } from '../../src/replies/booking-schedule';
import { cachedTextContext } from '../../src/replies/cached-text-context';
import { confirmationPartsId, uncachedConfirmationPartsId } from '../../src/replies/confirmation-parts-id';
import { textContext } from '../../src/replies/reply-context';
import { zonedInstant } from '../../src/time';

const dateArb = localDateArb({ from: '2026-01-01', to: '2027-12-31' });

/** A booking of `office` on a date, starting at one of its sessions or at any minute of the day. */
const bookingArb = (office: OfficeConfig) =>
  fc
    .record({
      date: dateArb,
      start: fc.oneof(
        fc.constantFrom(...office.sessions.map((s) => s.start)),
        fc
          .integer({ min: 0, max: 1439 })
          .map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`),
      ),
      lead: fc.integer({ min: 0, max: 120 }),
    })
    .map(({ date, start, lead }): Booking => {
      const startsAt = zonedInstant(date, start, office.timeZone);
      const at = new Date('2026-01-01T00:00:00Z');
      return {
        ...{ code: 'HK4P9TWZ', officeId: office.id, applicantKey: 'BUDI|1987-01-25' },
        ...{ applicant: { name: 'BUDI', birthDate: '1987-01-25' }, applicationType: 'regular' },
        ...{ phone: '+6281299004406', slotId: `${date}@${start}`, date, startsAt },
        ...{ checkInDeadline: new Date(startsAt.getTime() - lead * 60_000), status: 'active' },
        ...{ createdAt: at, updatedAt: at },
      };
    });

describe('reply caches', () => {
  it('remember a schedule equal to the one computed afresh, over random offices and bookings', () => {
    fc.assert(
      fc.property(
        officeConfigArb.chain((office) =>
          fc.tuple(fc.constant(office), fc.array(bookingArb(office), { maxLength: 8 })),
        ),
        ([office, bookings]) => {
          // Twice over: the first pass fills the cache, the second reads it.
          for (const booking of [...bookings, ...bookings]) {
            expect(bookingSchedule(booking, office)).toEqual(uncachedSchedule(booking, office));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('remember confirmation parts equal to the ones computed afresh, over random offices and dates', () => {
    // Few dates, so outcomes share a session and a key that misses an input shows.
    const fewDates = fc.constantFrom('2026-12-06', '2026-12-07');
    const confirmedArb = outcomeArb({ dates: fewDates }).filter((o) => o.kind === 'confirmed');
    fc.assert(
      fc.property(
        officeConfigArb,
        fc.array(confirmedArb, { maxLength: 12 }),
        dateArb,
        (office, outcomes, today) => {
          const context = textContext(office, { today });
          for (const outcome of [...outcomes, ...outcomes]) {
            if (outcome.kind !== 'confirmed') continue;
            expect(confirmationPartsId(outcome, context)).toEqual(
              uncachedConfirmationPartsId(outcome, context),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('remember a text context equal to the one built afresh, as the date moves on', () => {
    fc.assert(
      fc.property(
        officeConfigArb,
        fc.array(fc.option(dateArb, { nil: undefined }), { maxLength: 6 }),
        (office, days) => {
          for (const today of [...days, ...days]) {
            const options = today === undefined ? {} : { today };
            expect(cachedTextContext(office, options)).toEqual(textContext(office, options));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
