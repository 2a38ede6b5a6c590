/**
 * Bookings: what `reserve`, `findByCode`, `listByDate`, `cancel`, `checkIn` and
 * `findActiveByApplicant` keep and return.
 * - `reserve` places the booking in the first candidate with room: status `active`,
 *   `createdAt` = `updatedAt` = `now`, the slot's id, date, start and deadline copied in.
 * - `cancel` needs the booking's own phone, status `active` and `now` ≤ deadline; it sets
 *   `cancelled`, `updatedAt` = `now`. Otherwise `NotFound`, with the booking only when the phone matched.
 * - `checkIn(code, at)`: `active` and `at` ≤ deadline → `checked_in`; unknown → `NotFound`;
 *   anything else → `NotActive`.
 * - `findActiveByApplicant(key, now)`: the `active` booking whose deadline is ≥ `now`.
 * - `listByDate`: every booking of the office and date, whatever its status, by start then creation.
 */
import type { SuiteContext } from './conformance-types';
import { DAY, fixtures, justAfter, later, NOW, newBooking, reserveInput, slot } from './fixtures';
import { as, settled } from './support';

/** Declares the booking lifecycle tests. */
export function bookingTests({ api, harness }: SuiteContext): void {
  const { it, expect } = api;
  const early = slot(DAY, '08:00', 5);
  const late = slot(DAY, '10:00', 5);

  const book = async (f = fixtures(), at = NOW, candidates = [early, late]) => {
    const draft = newBooking(f);
    const reserved = as(
      await settled(harness().store.reserve(reserveInput(draft, candidates, { now: at }))),
      'Reserved',
    );
    return { f, draft, booking: reserved.booking };
  };

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
    expect(await settled(store.findByCode(draft.code))).toEqual(booking);
    expect(await probe.booking(draft.code)).toEqual({
      code: draft.code,
      status: 'active',
      slotId: early.slotId,
      phone: draft.phone,
      applicantKey: draft.applicantKey,
    });
  });

  it('findByCode of an unknown code is undefined', async () => {
    expect(await settled(harness().store.findByCode(fixtures().code()))).toBeUndefined();
  });

  it('listByDate lists the office day by session start then creation, any status', async () => {
    const { store } = harness();
    const f = fixtures();
    const first = await book(f, NOW, [late]);
    const second = await book(f, later(NOW, 1), [early]);
    const third = await book(f, later(NOW, 2), [late]);
    await settled(store.cancel({ code: third.draft.code, phone: third.draft.phone, now: later(NOW, 3) }));
    await book(fixtures(), NOW, [early]);
    await book(f, NOW, [slot('2030-03-05', '08:00', 5)]);
    const listed = await settled(store.listByDate(f.officeId, DAY));
    expect(listed.map((b) => [b.code, b.status])).toEqual([
      [second.draft.code, 'active'],
      [first.draft.code, 'active'],
      [third.draft.code, 'cancelled'],
    ]);
  });

  it('cancel from the booking phone cancels it and frees the place', async () => {
    const { store, probe } = harness();
    const { f, draft } = await book();
    const at = later(NOW, 5);
    const result = as(
      await settled(store.cancel({ code: draft.code, phone: draft.phone, now: at })),
      'Cancelled',
    );
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
    expect(await settled(store.cancel({ code: draft.code, phone: f.phone(), now: NOW }))).toEqual({
      type: 'NotFound',
    });
    expect(await settled(store.cancel({ code: f.code(), phone: draft.phone, now: NOW }))).toEqual({
      type: 'NotFound',
    });
    expect((await probe.booking(draft.code))?.status).toBe('active');
  });

  it('cancel of a cancelled, checked-in or lapsed booking is NotFound with the booking', async () => {
    const { store, probe } = harness();
    const cancelled = await book();
    const input = { code: cancelled.draft.code, phone: cancelled.draft.phone, now: NOW };
    as(await settled(store.cancel(input)), 'Cancelled');
    const again = as(await settled(store.cancel(input)), 'NotFound');
    expect(again.booking?.code).toBe(cancelled.draft.code);
    const checked = await book();
    as(await settled(store.checkIn(checked.draft.code, NOW)), 'CheckedIn');
    const checkedCancel = { code: checked.draft.code, phone: checked.draft.phone, now: NOW };
    expect(as(await settled(store.cancel(checkedCancel)), 'NotFound').booking?.status).toBe('checked_in');
    const lapsed = await book();
    const afterDeadline = later(early.checkInDeadline, 1);
    const lapsedCancel = { code: lapsed.draft.code, phone: lapsed.draft.phone, now: afterDeadline };
    expect(as(await settled(store.cancel(lapsedCancel)), 'NotFound').booking?.code).toBe(lapsed.draft.code);
    expect((await probe.booking(lapsed.draft.code))?.status).not.toBe('cancelled');
    expect(await probe.heldInSlot(lapsed.f.officeId, early.slotId)).toBe(1);
  });

  it('checkIn admits an active booking up to its deadline and keeps its place', async () => {
    const { store, probe } = harness();
    const { f, draft } = await book();
    const result = as(await settled(store.checkIn(draft.code, early.checkInDeadline)), 'CheckedIn');
    expect(result.booking).toMatchObject({ status: 'checked_in', updatedAt: early.checkInDeadline });
    expect((await probe.booking(draft.code))?.status).toBe('checked_in');
    expect(await probe.heldInSlot(f.officeId, early.slotId)).toBe(1);
    expect((await settled(store.countBySlot(f.officeId, [DAY]))).get(early.slotId)).toBe(1);
    expect(as(await settled(store.checkIn(draft.code, NOW)), 'NotActive').booking.status).toBe('checked_in');
  });

  it('checkIn after the deadline is NotActive, of a cancelled booking too, of an unknown code NotFound', async () => {
    const { store, probe } = harness();
    const lapsed = await book();
    const tooLate = justAfter(early.checkInDeadline);
    expect(as(await settled(store.checkIn(lapsed.draft.code, tooLate)), 'NotActive').booking.code).toBe(
      lapsed.draft.code,
    );
    expect((await probe.booking(lapsed.draft.code))?.status).not.toBe('checked_in');
    const cancelled = await book();
    await settled(store.cancel({ code: cancelled.draft.code, phone: cancelled.draft.phone, now: NOW }));
    as(await settled(store.checkIn(cancelled.draft.code, NOW)), 'NotActive');
    expect(await settled(store.checkIn(fixtures().code(), NOW))).toEqual({ type: 'NotFound' });
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
