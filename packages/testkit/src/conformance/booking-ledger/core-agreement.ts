/**
 * The store agrees with the core's rules, which it must not write again: at the instants around a
 * check-in deadline (deadline − 1 ms, deadline, deadline + 1 ms) `findActiveByApplicant`,
 * `cancel`, `markCheckedIn` and `reserve`'s lapse expiry all follow `isActiveAt` with the
 * threshold `activeFrom(t)`; around `bindingSince` (since − 1 ms, since, since + 1 ms) `NumberBound`
 * follows `checkNumberBinding`; and the session `reserve` picks is the one `allocateSlot` picks.
 */
import { activeFrom, allocateSlot, checkNumberBinding, isActiveAt } from '@antrean/core';
import fc from 'fast-check';
import type { SuiteContext } from '../conformance-types';
import {
  cancelInput,
  DAY,
  fixtures,
  later,
  markInput,
  NOW,
  newBooking,
  reserveInput,
  slot,
} from '../fixtures';
import { as, bookFresh, settled } from '../support';

const around = (instant: Date): readonly (readonly [string, Date])[] => [
  ['1 ms before', new Date(instant.getTime() - 1)],
  ['at', new Date(instant.getTime())],
  ['1 ms after', new Date(instant.getTime() + 1)],
];

/** Declares the tests comparing the store with the core's functions. */
export function coreAgreementTests({ api, harness }: SuiteContext): void {
  const { it, expect } = api;
  const session = slot(DAY, '08:00', 10);
  const nextDay = slot('2030-03-05', '08:00', 10);

  const booked = () => bookFresh(harness().store, fixtures(), [session]);

  for (const [label, t] of around(session.checkInDeadline)) {
    it(`findActiveByApplicant ${label} the deadline agrees with isActiveAt`, async () => {
      const { booking } = await booked();
      const found = await settled(harness().store.findActiveByApplicant(booking.applicantKey, activeFrom(t)));
      expect(found !== undefined).toBe(isActiveAt(booking, t));
    });

    it(`cancel ${label} the deadline agrees with isActiveAt`, async () => {
      const { booking } = await booked();
      const result = await settled(harness().store.cancel(cancelInput(booking, t)));
      expect(result.type === 'Cancelled').toBe(isActiveAt(booking, t));
    });

    it(`markCheckedIn ${label} the deadline agrees with isActiveAt`, async () => {
      const { booking } = await booked();
      const result = await settled(harness().store.markCheckedIn(markInput(booking, t)));
      expect(result.type === 'CheckedIn').toBe(isActiveAt(booking, t));
    });

    it(`reserve ${label} the deadline expires the old booking exactly when isActiveAt says it lapsed`, async () => {
      const { f, booking } = await booked();
      const again = { ...newBooking(f), applicant: booking.applicant, applicantKey: booking.applicantKey };
      const result = await settled(harness().store.reserve(reserveInput(again, [nextDay], { now: t })));
      expect(result.type).toBe(isActiveAt(booking, t) ? 'ApplicantHasBooking' : 'Reserved');
      const old = await harness().probe.booking(booking.code);
      expect(old?.status).toBe(isActiveAt(booking, t) ? 'active' : 'expired');
    });
  }

  for (const [label, since] of around(NOW)) {
    it(`NumberBound with bindingSince ${label} the binding agrees with checkNumberBinding`, async () => {
      const { f, booking } = await booked();
      const other = newBooking(f, { phone: booking.phone });
      const input = reserveInput(other, [session], { now: later(NOW, 60), bindingSince: since });
      const result = await settled(harness().store.reserve(input));
      const binding = { applicantKey: booking.applicantKey, boundAt: booking.createdAt };
      const bound = checkNumberBinding(binding, other.applicantKey, since).isErr();
      expect(result.type).toBe(bound ? 'NumberBound' : 'Reserved');
    });
  }

  const planArb = fc.record({
    capacities: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 4 }),
    taken: fc.array(fc.nat(3), { minLength: 4, maxLength: 4 }),
    order: fc.array(fc.nat(3), { minLength: 0, maxLength: 4 }),
  });

  it('property: the session reserve picks is the one allocateSlot picks from the counts', async () => {
    await fc.assert(
      fc.asyncProperty(planArb, async ({ capacities, taken, order }) => {
        const { store } = harness();
        const f = fixtures();
        const slots = capacities.map((capacity, i) =>
          slot(DAY, `${String(8 + 2 * i).padStart(2, '0')}:00`, capacity),
        );
        for (const [i, s] of slots.entries()) {
          for (let n = 0; n < Math.min(taken[i] ?? 0, s.capacity); n += 1) {
            as(await settled(store.reserve(reserveInput(newBooking(f), [s]))), 'Reserved');
          }
        }
        const candidates = [...new Set(order.map((i) => i % slots.length))].map((i) => slots[i]!);
        const counts = await settled(store.countBySlot(f.officeId, [DAY]));
        const expected = allocateSlot(candidates, counts).match(
          (s) => s.slotId,
          (e) => e.type,
        );
        const result = await settled(store.reserve(reserveInput(newBooking(f), candidates)));
        expect(result.type === 'Reserved' ? result.booking.slotId : result.type).toBe(expected);
      }),
      { numRuns: 20 },
    );
  }, 60_000);
}
