/**
 * Bookings: what `reserve`, `findByCode`, `cancel` and `findActiveByApplicant` keep and return.
 * - `reserve` places the booking in the first candidate with room: status `active`,
 *   `createdAt` = `updatedAt` = `now`, the slot's id, date, start and deadline copied in.
 * - `findByCode(officeId, code)`: the office's booking, whatever its state.
 * - `cancel` needs the booking's office, its own phone, status `active` and deadline ≥ `activeFrom`;
 *   it sets `cancelled`, `updatedAt` = `now`. Otherwise `NotFound`, with the booking only when
 *   office and phone matched.
 * - `findActiveByApplicant(key, activeFrom)`: the `active` booking whose deadline is ≥ `activeFrom`.
 */
import type { SuiteContext } from '../conformance-types';
import { cancelInput, DAY, fixtures, justAfter, later, markInput, NOW, slot } from '../fixtures';
import { as, bookFresh, settled } from '../support';

/** Declares the booking lifecycle tests. */
export function bookingTests({ api, harness }: SuiteContext): void {
  const { it, expect } = api;
  const early = slot(DAY, '08:00', 5);
  const late = slot(DAY, '10:00', 5);

  const book = (f = fixtures(), at = NOW, candidates = [early, late]) =>
    bookFresh(harness().store, f, candidates, at);

  it('reserve stores the booking in the first candidate with every field, as the rows show', async () => {
    const { store, probe } = harness();
    const { draft, booking } = await book();
    expect(booking).toEqual({
      ...draft,
      slotId: early.slotId,
      date: early.date,
      startsAt: early.startsAt,
      checkInDeadline: early.checkInDeadline,
      status: 'active',
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(await settled(store.findByCode(draft.officeId, draft.code))).toEqual(booking);
    expect(await probe.booking(draft.code)).toEqual({
      code: draft.code,
      status: 'active',
      slotId: early.slotId,
      phone: draft.phone,
      applicantKey: draft.applicantKey,
    });
  });

  it('findByCode of an unknown code is undefined', async () => {
    const f = fixtures();
    expect(await settled(harness().store.findByCode(f.officeId, f.code()))).toBeUndefined();
  });

  it('cancel from the booking phone cancels it and frees the place', async () => {
    const { store, probe } = harness();
    const { f, draft } = await book();
    const at = later(NOW, 5);
    const result = as(await settled(store.cancel(cancelInput(draft, at))), 'Cancelled');
    expect(result.booking).toMatchObject({
      code: draft.code,
      status: 'cancelled',
      updatedAt: at,
      createdAt: NOW,
    });
    expect((await probe.booking(draft.code))?.status).toBe('cancelled');
    expect(await probe.heldInSlot(f.officeId, early.slotId)).toBe(0);
    expect((await settled(store.countBySlot(f.officeId, [DAY]))).get(early.slotId) ?? 0).toBe(0);
    expect(await settled(store.findActiveByApplicant(draft.applicantKey, at))).toBeUndefined();
  });

  it('cancel from another phone or of an unknown code is NotFound without the booking', async () => {
    const { store, probe } = harness();
    const { f, draft } = await book();
    expect(await settled(store.cancel(cancelInput(draft, NOW, { phone: f.phone() })))).toEqual({
      type: 'NotFound',
    });
    expect(await settled(store.cancel(cancelInput(draft, NOW, { code: f.code() })))).toEqual({
      type: 'NotFound',
    });
    expect((await probe.booking(draft.code))?.status).toBe('active');
  });

  it('cancel of a cancelled, checked-in or lapsed booking is NotFound with the booking', async () => {
    const { store, probe } = harness();
    const cancelled = await book();
    const input = cancelInput(cancelled.draft, NOW);
    as(await settled(store.cancel(input)), 'Cancelled');
    const again = as(await settled(store.cancel(input)), 'NotFound');
    expect(again.booking?.code).toBe(cancelled.draft.code);
    const checked = await book();
    as(await settled(store.markCheckedIn(markInput(checked.draft, NOW))), 'CheckedIn');
    const checkedCancel = cancelInput(checked.draft, NOW);
    expect(as(await settled(store.cancel(checkedCancel)), 'NotFound').booking?.status).toBe('checked_in');
    const lapsed = await book();
    const lapsedCancel = cancelInput(lapsed.draft, later(early.checkInDeadline, 1));
    expect(as(await settled(store.cancel(lapsedCancel)), 'NotFound').booking?.code).toBe(lapsed.draft.code);
    expect((await probe.booking(lapsed.draft.code))?.status).not.toBe('cancelled');
    expect(await probe.heldInSlot(lapsed.f.officeId, early.slotId)).toBe(1);
  });

  it('findActiveByApplicant finds the booking up to its deadline and not a millisecond after', async () => {
    const { store } = harness();
    const { draft } = await book();
    const key = draft.applicantKey;
    expect((await settled(store.findActiveByApplicant(key, early.checkInDeadline)))?.code).toBe(draft.code);
    expect(await settled(store.findActiveByApplicant(key, justAfter(early.checkInDeadline)))).toBeUndefined();
    expect(
      await settled(store.findActiveByApplicant(fixtures().applicant().applicantKey, NOW)),
    ).toBeUndefined();
  });
}
