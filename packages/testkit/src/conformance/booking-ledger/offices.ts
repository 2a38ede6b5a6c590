/**
 * Offices: one store serves many offices. A code made at office A is unknown at office B for
 * every operation: `findByCode`, `cancel` (`NotFound` without the booking, nothing changed) and
 * `markCheckedIn` (`Unchanged` without the booking), and B's counts and day list are untouched.
 * One applicant still has one active booking across offices (`findActiveByApplicant` is global).
 */
import type { SuiteContext } from '../conformance-types';
import { cancelInput, DAY, fixtures, markInput, NOW, newBooking, reserveInput, slot } from '../fixtures';
import { as, settled } from '../support';

/** Declares the two-offices-on-one-store tests. */
export function officeTests({ api, harness }: SuiteContext): void {
  const { it, expect } = api;
  const session = slot(DAY, '08:00', 3);

  it("office B does not see, cancel or check in office A's code, and B's counts stay untouched", async () => {
    const { store, probe } = harness();
    const a = fixtures();
    const b = fixtures();
    const draft = newBooking(a);
    const made = as(await settled(store.reserve(reserveInput(draft, [session]))), 'Reserved').booking;
    const atB = { officeId: b.officeId, code: draft.code };

    expect(await settled(store.findByCode(b.officeId, draft.code))).toBeUndefined();
    expect(await settled(store.cancel(cancelInput({ ...atB, phone: draft.phone }, NOW)))).toEqual({
      type: 'NotFound',
    });
    expect(await settled(store.markCheckedIn(markInput(atB, NOW)))).toEqual({ type: 'Unchanged' });

    expect(await probe.booking(draft.code)).toMatchObject({ status: 'active' });
    expect(await settled(store.findByCode(a.officeId, draft.code))).toEqual(made);
    expect((await settled(store.countBySlot(b.officeId, [DAY]))).size).toBe(0);
    expect(await probe.heldInSlot(b.officeId, session.slotId)).toBe(0);
    expect(await settled(store.listByDate(b.officeId, DAY))).toEqual([]);
    expect((await settled(store.countBySlot(a.officeId, [DAY]))).get(session.slotId)).toBe(1);
  });

  it("office A's own operations still work after B's attempts", async () => {
    const { store } = harness();
    const a = fixtures();
    const b = fixtures();
    const checked = newBooking(a);
    const cancelled = newBooking(a);
    for (const draft of [checked, cancelled]) {
      as(await settled(store.reserve(reserveInput(draft, [session]))), 'Reserved');
      await settled(store.markCheckedIn(markInput({ officeId: b.officeId, code: draft.code }, NOW)));
    }
    as(await settled(store.markCheckedIn(markInput(checked, NOW))), 'CheckedIn');
    as(await settled(store.cancel(cancelInput(cancelled, NOW))), 'Cancelled');
  });

  it('the same applicant booked at office A has a booking for office B too', async () => {
    const { store } = harness();
    const a = fixtures();
    const b = fixtures();
    const first = newBooking(a);
    as(await settled(store.reserve(reserveInput(first, [session]))), 'Reserved');
    const elsewhere = { ...newBooking(b), applicant: first.applicant, applicantKey: first.applicantKey };
    const result = as(
      await settled(store.reserve(reserveInput(elsewhere, [session]))),
      'ApplicantHasBooking',
    );
    expect(result.existing.code).toBe(first.code);
  });
}
