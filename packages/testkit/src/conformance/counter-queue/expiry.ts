/**
 * The expiry sweep: `expireLapsed({ activeFrom, at, officeId? })` marks active bookings whose
 * check-in deadline is before `activeFrom` expired at `at`, frees their places, and counts them.
 * Checked-in, cancelled and unlapsed bookings stay; with `officeId`, other offices' stay too.
 */
import { activeFrom } from '@antrean/core';
import type { SuiteContext } from '../conformance-types';
import {
  cancelInput,
  DAY,
  fixtures,
  justAfter,
  markInput,
  newBooking,
  reserveInput,
  slot,
} from '../fixtures';
import { as, settled } from '../support';

/** Declares the expiry sweep tests. */
export function expiryTests({ api, harness }: SuiteContext): void {
  const { it, expect } = api;
  const early = slot(DAY, '08:00', 10);
  const late = slot(DAY, '13:00', 10);

  it('expires lapsed active bookings of the office, frees their places and counts them', async () => {
    const { store, probe } = harness();
    const f = fixtures();
    const other = fixtures();
    const book = async (office = f, session = early) => {
      const draft = newBooking(office);
      as(await settled(store.reserve(reserveInput(draft, [session]))), 'Reserved');
      return draft;
    };
    const lapsing = [await book(), await book()];
    const checkedIn = await book();
    as(await settled(store.markCheckedIn(markInput(checkedIn))), 'CheckedIn');
    const cancelled = await book();
    await settled(store.cancel(cancelInput(cancelled)));
    const later = await book(f, late);
    const elsewhere = await book(other);
    const at = justAfter(early.checkInDeadline);
    const sweep = { activeFrom: activeFrom(at), at, officeId: f.officeId };
    expect(await settled(store.expireLapsed(sweep))).toBe(2);
    for (const draft of lapsing) {
      expect((await probe.booking(draft.code))?.status).toBe('expired');
      expect((await settled(store.findByCode(f.officeId, draft.code)))?.updatedAt).toEqual(at);
    }
    expect((await probe.booking(checkedIn.code))?.status).toBe('checked_in');
    expect((await probe.booking(cancelled.code))?.status).toBe('cancelled');
    expect((await probe.booking(later.code))?.status).toBe('active');
    expect((await probe.booking(elsewhere.code))?.status).toBe('active');
    expect(await probe.heldInSlot(f.officeId, early.slotId)).toBe(1);
    expect((await settled(store.countBySlot(f.officeId, [DAY]))).get(early.slotId)).toBe(1);
    expect(await settled(store.expireLapsed(sweep))).toBe(0);
    // Without an office, every office's lapsed bookings go (others' rows may share the database).
    expect(await settled(store.expireLapsed({ activeFrom: activeFrom(at), at }))).toBeGreaterThanOrEqual(1);
    expect((await probe.booking(elsewhere.code))?.status).toBe('expired');
    expect((await settled(store.countBySlot(other.officeId, [DAY]))).get(early.slotId) ?? 0).toBe(0);
  });
}
