/**
 * The counter's desk: `markCheckedIn` and `listByDate`.
 * - `markCheckedIn({ officeId, code, at, activeFrom })`: the office's `active` booking with
 *   deadline ≥ `activeFrom` → `checked_in`, `updatedAt` = `at`, keeping its place. Another
 *   office's or an unknown code → `Unchanged` without a booking; anything else (cancelled,
 *   checked in, lapsed) → `Unchanged` with the booking as stored.
 * - `listByDate`: every booking of the office and date, whatever its status, by start then creation.
 */
import type { SuiteContext } from '../conformance-types';
import { cancelInput, DAY, fixtures, justAfter, later, markInput, NOW, slot } from '../fixtures';
import { as, bookFresh, settled } from '../support';

/** Declares the check-in desk tests. */
export function markCheckedInTests({ api, harness }: SuiteContext): void {
  const { it, expect } = api;
  const early = slot(DAY, '08:00', 5);
  const late = slot(DAY, '10:00', 5);

  const book = (f = fixtures(), at = NOW, candidates = [early, late]) =>
    bookFresh(harness().store, f, candidates, at);

  it('markCheckedIn admits an active booking up to its deadline and keeps its place', async () => {
    const { store, probe } = harness();
    const { f, draft } = await book();
    const result = as(
      await settled(store.markCheckedIn(markInput(draft, early.checkInDeadline))),
      'CheckedIn',
    );
    expect(result.booking).toMatchObject({ status: 'checked_in', updatedAt: early.checkInDeadline });
    expect((await probe.booking(draft.code))?.status).toBe('checked_in');
    expect(await probe.heldInSlot(f.officeId, early.slotId)).toBe(1);
    expect((await settled(store.countBySlot(f.officeId, [DAY]))).get(early.slotId)).toBe(1);
    const again = as(await settled(store.markCheckedIn(markInput(draft, NOW))), 'Unchanged');
    expect(again.booking?.status).toBe('checked_in');
  });

  it('markCheckedIn after the deadline or of a cancelled booking is Unchanged with it; an unknown code without', async () => {
    const { store, probe } = harness();
    const lapsed = await book();
    const tooLate = markInput(lapsed.draft, justAfter(early.checkInDeadline));
    expect(as(await settled(store.markCheckedIn(tooLate)), 'Unchanged').booking?.code).toBe(
      lapsed.draft.code,
    );
    expect((await probe.booking(lapsed.draft.code))?.status).not.toBe('checked_in');
    const cancelled = await book();
    await settled(store.cancel(cancelInput(cancelled.draft, NOW)));
    const refused = as(await settled(store.markCheckedIn(markInput(cancelled.draft, NOW))), 'Unchanged');
    expect(refused.booking?.status).toBe('cancelled');
    const f = fixtures();
    const unknown = markInput({ officeId: f.officeId, code: f.code() }, NOW);
    expect(await settled(store.markCheckedIn(unknown))).toEqual({ type: 'Unchanged' });
  });

  it('listByDate lists the office day by session start then creation, any status', async () => {
    const { store } = harness();
    const f = fixtures();
    const first = await book(f, NOW, [late]);
    const second = await book(f, later(NOW, 1), [early]);
    const third = await book(f, later(NOW, 2), [late]);
    await settled(store.cancel(cancelInput(third.draft, later(NOW, 3))));
    await book(fixtures(), NOW, [early]);
    await book(f, NOW, [slot('2030-03-05', '08:00', 5)]);
    const listed = await settled(store.listByDate(f.officeId, DAY));
    expect(listed.map((b) => [b.code, b.status])).toEqual([
      [second.draft.code, 'active'],
      [first.draft.code, 'active'],
      [third.draft.code, 'cancelled'],
    ]);
  });
}
