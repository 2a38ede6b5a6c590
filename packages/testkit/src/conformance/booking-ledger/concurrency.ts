/**
 * Concurrency: every operation is one atomic step, so calls started together (`Promise.all`)
 * end as if they ran one after another in some order. Above all, a session never holds more
 * than its capacity and an applicant never has two active bookings, however calls interleave;
 * and a message delivered several times at once is handled once, every delivery answered alike.
 * The randomized check against a model is in `concurrency-property.ts`.
 */
import type { Booking, ReserveResult } from '@antrean/core';
import type { SuiteContext } from '../conformance-types';
import {
  cancelInput,
  confirmation,
  DAY,
  fixtures,
  helpReply,
  markInput,
  NOW,
  newBooking,
  reserveInput,
  slot,
} from '../fixtures';
import { as, settled } from '../support';

const countOf = (results: readonly ReserveResult[], type: ReserveResult['type']): number =>
  results.filter((result) => result.type === type).length;

/** Declares the concurrency tests. */
export function concurrencyTests({ api, harness }: SuiteContext): void {
  const { it, expect } = api;

  it('12 applicants at once for 5 places: exactly 5 reserved, 7 SessionsFull', async () => {
    const { store, probe } = harness();
    const f = fixtures();
    const session = slot(DAY, '08:00', 5);
    const drafts = Array.from({ length: 12 }, () => newBooking(f));
    const results = await Promise.all(drafts.map((d) => settled(store.reserve(reserveInput(d, [session])))));
    expect([countOf(results, 'Reserved'), countOf(results, 'SessionsFull')]).toEqual([5, 7]);
    expect(await probe.heldInSlot(f.officeId, session.slotId)).toBe(5);
    expect((await settled(store.countBySlot(f.officeId, [DAY]))).get(session.slotId)).toBe(5);
  });

  it('15 applicants at once over three sessions of 3: each session exactly full', async () => {
    const { store, probe } = harness();
    const f = fixtures();
    const sessions = [slot(DAY, '08:00', 3), slot(DAY, '10:00', 3), slot(DAY, '13:00', 3)];
    const drafts = Array.from({ length: 15 }, () => newBooking(f));
    const results = await Promise.all(drafts.map((d) => settled(store.reserve(reserveInput(d, sessions)))));
    expect(countOf(results, 'Reserved')).toBe(9);
    for (const session of sessions) expect(await probe.heldInSlot(f.officeId, session.slotId)).toBe(3);
  });

  it('one applicant from 5 numbers at once: exactly one booking', async () => {
    const { store, probe } = harness();
    const f = fixtures();
    const session = slot(DAY, '08:00', 10);
    const base = newBooking(f);
    const drafts = Array.from({ length: 5 }, () => ({
      ...newBooking(f),
      applicant: base.applicant,
      applicantKey: base.applicantKey,
    }));
    const results = await Promise.all(drafts.map((d) => settled(store.reserve(reserveInput(d, [session])))));
    expect(countOf(results, 'Reserved')).toBe(1);
    const winner = as(results.find((r) => r.type === 'Reserved')!, 'Reserved');
    for (const result of results.filter((r) => r.type !== 'Reserved')) {
      expect(as(result, 'ApplicantHasBooking').existing.code).toBe(winner.booking.code);
    }
    expect(await probe.activeForApplicant(base.applicantKey)).toBe(1);
    expect(await probe.heldInSlot(f.officeId, session.slotId)).toBe(1);
  });

  it('cancels and reserves at once: held places = reserved − cancelled, never above capacity', async () => {
    const { store, probe } = harness();
    const f = fixtures();
    const session = slot(DAY, '08:00', 6);
    const held = Array.from({ length: 6 }, () => newBooking(f));
    for (const d of held) as(await settled(store.reserve(reserveInput(d, [session]))), 'Reserved');
    const newcomers = Array.from({ length: 5 }, () => newBooking(f));
    const [cancels, reserves] = await Promise.all([
      Promise.all(held.slice(0, 3).map((d) => settled(store.cancel(cancelInput(d, NOW))))),
      Promise.all(newcomers.map((d) => settled(store.reserve(reserveInput(d, [session]))))),
    ]);
    expect(cancels.every((c) => c.type === 'Cancelled')).toBe(true);
    const reserved = countOf(reserves, 'Reserved');
    expect(reserved + countOf(reserves, 'SessionsFull')).toBe(5);
    expect(reserved).toBeLessThanOrEqual(3);
    expect(await probe.heldInSlot(f.officeId, session.slotId)).toBe(6 + reserved - 3);
    expect((await settled(store.countBySlot(f.officeId, [DAY]))).get(session.slotId)).toBe(6 + reserved - 3);
    const after = await Promise.all(
      Array.from({ length: 4 }, () => settled(store.reserve(reserveInput(newBooking(f), [session])))),
    );
    expect(countOf(after, 'Reserved')).toBe(3 - reserved);
    expect(await probe.heldInSlot(f.officeId, session.slotId)).toBe(6);
  });

  it('one message delivered 5 times at once: one booking, five identical answers', async () => {
    const { store, probe } = harness();
    const f = fixtures();
    const session = slot(DAY, '08:00', 10);
    const key = f.messageKey();
    const base = newBooking(f);
    const render = (booking: Booking) => confirmation(booking, 'once');
    const deliveries = Array.from({ length: 5 }, () => ({ ...base, code: f.code() }));
    const results = await Promise.all(
      deliveries.map((d) => settled(store.reserve(reserveInput(d, [session], { message: { key, render } })))),
    );
    expect([countOf(results, 'Reserved'), countOf(results, 'DuplicateMessage')]).toEqual([1, 4]);
    const replies = results.map((r) =>
      r.type === 'Reserved' ? r.reply : r.type === 'DuplicateMessage' ? r.reply : r,
    );
    const booking = as(results.find((r) => r.type === 'Reserved')!, 'Reserved').booking;
    for (const reply of replies) expect(reply).toEqual(confirmation(booking, 'once'));
    expect(await probe.activeForApplicant(base.applicantKey)).toBe(1);
    expect(await probe.heldInSlot(f.officeId, session.slotId)).toBe(1);
    expect(await probe.messageReply(key)).toBe(confirmation(booking, 'once').text);
  });

  it('recordReply of one message 5 times at once: one is first, every call returns the one stored reply', async () => {
    const { store, probe } = harness();
    const key = fixtures().messageKey();
    const replies = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => settled(store.recordReply(key, helpReply(String(n)), NOW))),
    );
    const stored = await probe.messageReply(key);
    expect(stored).toBeDefined();
    for (const recorded of replies) expect(recorded.reply.text).toBe(stored);
    // Exactly one delivery may send its reply; the others know they lost.
    expect(replies.filter((recorded) => recorded.first)).toHaveLength(1);
    expect(replies.find((recorded) => recorded.first)?.reply.text).toBe(stored);
  });

  it('check-in and cancel of one booking at once: exactly one of them wins', async () => {
    const { store, probe } = harness();
    const f = fixtures();
    const draft = newBooking(f);
    as(await settled(store.reserve(reserveInput(draft, [slot(DAY, '08:00', 2)]))), 'Reserved');
    const [checkIn, cancel] = await Promise.all([
      settled(store.markCheckedIn(markInput(draft, NOW))),
      settled(store.cancel(cancelInput(draft, NOW))),
    ]);
    const wins = [checkIn.type === 'CheckedIn', cancel.type === 'Cancelled'].filter(Boolean).length;
    expect(wins).toBe(1);
    expect((await probe.booking(draft.code))?.status).toBe(
      checkIn.type === 'CheckedIn' ? 'checked_in' : 'cancelled',
    );
  });
}
