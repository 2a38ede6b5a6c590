/**
 * Capacity: a session's places are held by its `active` and `checked_in` bookings.
 * `reserve` takes the candidates in the order given and places the booking in the first whose
 * held count is below its capacity, else answers `SessionsFull` and writes nothing.
 * Places are per office: the same slot id at another office is another session.
 * `countBySlot(officeId, dates)` reports held places per slot id on those dates (absent: 0).
 */
import type { SuiteContext } from '../conformance-types';
import { cancelInput, DAY, fixtures, markInput, NOW, newBooking, reserveInput, slot } from '../fixtures';
import { as, settled } from '../support';

/** Declares the capacity tests. */
export function capacityTests({ api, harness }: SuiteContext): void {
  const { it, expect } = api;

  it('fills the first candidate, then the next, then answers SessionsFull', async () => {
    const { store, probe } = harness();
    const f = fixtures();
    const sessions = [slot(DAY, '08:00', 2), slot(DAY, '10:00', 1)];
    const placed: string[] = [];
    for (let n = 0; n < 3; n += 1) {
      const result = await settled(store.reserve(reserveInput(newBooking(f), sessions)));
      placed.push(as(result, 'Reserved').booking.slotId);
    }
    expect(placed).toEqual([sessions[0]!.slotId, sessions[0]!.slotId, sessions[1]!.slotId]);
    const refused = newBooking(f);
    expect(await settled(store.reserve(reserveInput(refused, sessions)))).toEqual({ type: 'SessionsFull' });
    expect(await settled(store.findByCode(refused.officeId, refused.code))).toBeUndefined();
    expect(await probe.booking(refused.code)).toBeUndefined();
    expect(await probe.activeForApplicant(refused.applicantKey)).toBe(0);
    expect(await probe.heldInSlot(f.officeId, sessions[0]!.slotId)).toBe(2);
    expect(await probe.heldInSlot(f.officeId, sessions[1]!.slotId)).toBe(1);
    const counts = await settled(store.countBySlot(f.officeId, [DAY]));
    expect([...counts.entries()].sort()).toEqual([
      [sessions[0]!.slotId, 2],
      [sessions[1]!.slotId, 1],
    ]);
  });

  it('takes candidates in the order given, not by start time', async () => {
    const { store } = harness();
    const f = fixtures();
    const sessions = [slot(DAY, '13:00', 1), slot(DAY, '08:00', 1)];
    const result = await settled(store.reserve(reserveInput(newBooking(f), sessions)));
    expect(as(result, 'Reserved').booking.slotId).toBe(sessions[0]!.slotId);
  });

  it('no candidates is SessionsFull', async () => {
    const { store } = harness();
    expect(await settled(store.reserve(reserveInput(newBooking(fixtures()), [])))).toEqual({
      type: 'SessionsFull',
    });
  });

  it('a cancelled booking frees its place; a checked-in one keeps it', async () => {
    const { store, probe } = harness();
    const f = fixtures();
    const sessions = [slot(DAY, '08:00', 2), slot(DAY, '10:00', 5)];
    const a = newBooking(f);
    const b = newBooking(f);
    as(await settled(store.reserve(reserveInput(a, sessions))), 'Reserved');
    as(await settled(store.reserve(reserveInput(b, sessions))), 'Reserved');
    as(await settled(store.markCheckedIn(markInput(a, NOW))), 'CheckedIn');
    as(await settled(store.cancel(cancelInput(b, NOW))), 'Cancelled');
    expect(await probe.heldInSlot(f.officeId, sessions[0]!.slotId)).toBe(1);
    const c = as(await settled(store.reserve(reserveInput(newBooking(f), sessions))), 'Reserved');
    expect(c.booking.slotId).toBe(sessions[0]!.slotId);
    const d = as(await settled(store.reserve(reserveInput(newBooking(f), sessions))), 'Reserved');
    expect(d.booking.slotId).toBe(sessions[1]!.slotId);
    expect(await probe.heldInSlot(f.officeId, sessions[0]!.slotId)).toBe(2);
  });

  it('places are per office: another office with the same slot id does not count', async () => {
    const { store, probe } = harness();
    const mine = fixtures();
    const theirs = fixtures();
    const session = slot(DAY, '08:00', 1);
    as(await settled(store.reserve(reserveInput(newBooking(theirs), [session]))), 'Reserved');
    as(await settled(store.reserve(reserveInput(newBooking(mine), [session]))), 'Reserved');
    expect(await probe.heldInSlot(mine.officeId, session.slotId)).toBe(1);
    expect(await probe.heldInSlot(theirs.officeId, session.slotId)).toBe(1);
    expect((await settled(store.countBySlot(mine.officeId, [DAY]))).get(session.slotId)).toBe(1);
  });

  it('countBySlot covers only the dates asked for', async () => {
    const { store } = harness();
    const f = fixtures();
    const monday = slot(DAY, '08:00', 3);
    const tuesday = slot('2030-03-05', '08:00', 3);
    as(await settled(store.reserve(reserveInput(newBooking(f), [monday]))), 'Reserved');
    as(await settled(store.reserve(reserveInput(newBooking(f), [tuesday]))), 'Reserved');
    as(await settled(store.reserve(reserveInput(newBooking(f), [tuesday]))), 'Reserved');
    const counts = await settled(store.countBySlot(f.officeId, ['2030-03-05']));
    expect(counts.get(tuesday.slotId)).toBe(2);
    expect(counts.get(monday.slotId) ?? 0).toBe(0);
    const both = await settled(store.countBySlot(f.officeId, [DAY, '2030-03-05', '2030-03-06']));
    expect([both.get(monday.slotId), both.get(tuesday.slotId)]).toEqual([1, 2]);
    expect((await settled(store.countBySlot(f.officeId, []))).size).toBe(0);
  });
}
