/**
 * Expiry and retention: `purge(before)` deletes
 * - bookings with status `cancelled` or `expired`, or `active` past their deadline, whose
 *   session starts before `before`;
 * - messages received (recorded) before `before`;
 * - number bindings made before `before`;
 * and returns how many of each. It never touches active bookings still before their deadline,
 * nor checked-in bookings (the office's record of who came). Purging twice deletes nothing more.
 */
import type { SuiteContext } from '../conformance-types';
import {
  cancelInput,
  DAY,
  daysBefore,
  fixtures,
  helpReply,
  justAfter,
  later,
  markInput,
  NOW,
  newBooking,
  reserveInput,
  slot,
} from '../fixtures';
import { as, settled } from '../support';

/** Declares the expiry and retention tests. */
export function expiryRetentionTests({ api, harness }: SuiteContext): void {
  const { it, expect } = api;
  const past = slot(DAY, '08:00', 10);
  const future = slot('2030-03-20', '08:00', 10);

  it('purge deletes finished bookings of past sessions and keeps everything else', async () => {
    const { store, probe } = harness();
    const f = fixtures();
    const reserve = async (candidate = past) => {
      const draft = newBooking(f);
      as(await settled(store.reserve(reserveInput(draft, [candidate]))), 'Reserved');
      return draft;
    };
    const cancelled = await reserve();
    await settled(store.cancel(cancelInput(cancelled, NOW)));
    const lapsed = await reserve();
    const marked = await reserve();
    const rebook = { ...newBooking(f), applicantKey: marked.applicantKey };
    const afterDeadline = justAfter(past.checkInDeadline);
    as(await settled(store.reserve(reserveInput(rebook, [future], { now: afterDeadline }))), 'Reserved');
    const checkedIn = await reserve();
    as(await settled(store.markCheckedIn(markInput(checkedIn, NOW))), 'CheckedIn');
    const futureCancelled = await reserve(future);
    await settled(store.cancel(cancelInput(futureCancelled, NOW)));
    const futureActive = await reserve(future);

    const before = later(past.startsAt, 1);
    const result = await settled(store.purge(before));
    expect(result.bookings).toBe(3);
    for (const gone of [cancelled, lapsed, marked]) {
      expect(await probe.booking(gone.code)).toBeUndefined();
      expect(await settled(store.findByCode(gone.officeId, gone.code))).toBeUndefined();
    }
    for (const kept of [rebook, checkedIn, futureCancelled, futureActive]) {
      expect((await probe.booking(kept.code))?.code).toBe(kept.code);
    }
    expect(await probe.heldInSlot(f.officeId, future.slotId)).toBe(2);
    expect((await settled(store.findActiveByApplicant(futureActive.applicantKey, before)))?.code).toBe(
      futureActive.code,
    );
    expect((await settled(store.purge(before))).bookings).toBe(0);
  });

  it('purge never deletes an active booking before its deadline, however early `before` is', async () => {
    const { store, probe } = harness();
    const draft = newBooking(fixtures());
    as(await settled(store.reserve(reserveInput(draft, [past]))), 'Reserved');
    expect((await settled(store.purge(past.checkInDeadline))).bookings).toBe(0);
    expect((await probe.booking(draft.code))?.status).toBe('active');
  });

  it('purge deletes messages received before `before` only', async () => {
    const { store, probe } = harness();
    const f = fixtures();
    const old = f.messageKey();
    const recent = f.messageKey();
    await settled(store.recordReply(old, helpReply('old'), daysBefore(NOW, 40)));
    await settled(store.recordReply(recent, helpReply('recent'), NOW));
    const result = await settled(store.purge(daysBefore(NOW, 30)));
    expect(result).toEqual({ bookings: 0, messages: 1, bindings: 0 });
    expect(await settled(store.findReply(old))).toBeUndefined();
    expect(await probe.messageReply(old)).toBeUndefined();
    expect(await probe.messageReply(recent)).toBe(helpReply('recent').text);
  });

  it('purge deletes bindings made before `before`, freeing the number', async () => {
    const { store } = harness();
    const f = fixtures();
    const first = newBooking(f);
    as(await settled(store.reserve(reserveInput(first, [future]))), 'Reserved');
    const other = newBooking(f, { phone: first.phone });
    const input = reserveInput(other, [future], { now: later(NOW, 5), bindingSince: daysBefore(NOW, 1) });
    expect(await settled(store.purge(NOW))).toEqual({ bookings: 0, messages: 0, bindings: 0 });
    expect((await settled(store.reserve(input))).type).toBe('NumberBound');
    expect(await settled(store.purge(justAfter(NOW)))).toEqual({ bookings: 0, messages: 0, bindings: 1 });
    as(await settled(store.reserve(input)), 'Reserved');
    expect((await settled(store.findByCode(first.officeId, first.code)))?.status).toBe('active');
  });

  it('purge of an empty store deletes nothing', async () => {
    expect(await settled(harness().store.purge(NOW))).toEqual({ bookings: 0, messages: 0, bindings: 0 });
  });
}
