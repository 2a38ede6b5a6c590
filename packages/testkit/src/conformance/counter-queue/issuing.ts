/**
 * Issuing numbers: `checkInWithTicket` and `issueWalkIn`.
 * - A check-in holds exactly when `markCheckedIn` would, and then issues the next number of
 *   (office, booking date, series): 1, 2, 3… with no gap or repeat, however many desks race.
 * - Another office's or an unknown code: `Unchanged` without a booking, nothing issued. A booking
 *   already checked in: `Unchanged` with the booking and the ticket it got. Lapsed or cancelled:
 *   `Unchanged` with the booking, no ticket.
 * - Walk-ins have their own series and sequence; every issue writes its audit row.
 */
import { addDays } from '@antrean/core';
import type { SuiteContext } from '../conformance-types';
import {
  cancelInput,
  DAY,
  fixtures,
  justAfter,
  markInput,
  NOW,
  newBooking,
  reserveInput,
  slot,
} from '../fixtures';
import { as, settled } from '../support';
import { checkedIn, OFFICER, oneTo, sequences, ticketCheckIn, walkIn } from './desk-fixtures';

/** Declares the issuing tests. */
export function issuingTests({ api, harness }: SuiteContext): void {
  const { it, expect } = api;
  const session = slot(DAY, '08:00', 40);

  it('concurrent check-ins and walk-ins get numbers 1..n of their series, no gap, no repeat', async () => {
    const { store } = harness();
    const f = fixtures();
    const drafts = Array.from({ length: 12 }, () => newBooking(f, { applicationType: 'new' }));
    for (const draft of drafts) as(await settled(store.reserve(reserveInput(draft, [session]))), 'Reserved');
    const [checkIns, walkIns] = await Promise.all([
      Promise.all(drafts.map((d) => settled(store.checkInWithTicket(ticketCheckIn(d))))),
      Promise.all(oneTo(8).map(() => settled(store.issueWalkIn(walkIn(f.officeId))))),
    ]);
    const booked = checkIns.map((r) => as(r, 'CheckedIn').ticket);
    expect(sequences(booked)).toEqual(oneTo(12));
    expect(new Set(booked.map((t) => t.number)).size).toBe(12);
    expect(
      booked.every((t) => t.series === 'A' && t.number === `A-${String(t.sequence).padStart(3, '0')}`),
    ).toBe(true);
    expect(sequences(walkIns)).toEqual(oneTo(8));
    expect(
      walkIns.every((t) => t.kind === 'walk_in' && t.reason === 'paspor hilang' && t.status === 'waiting'),
    ).toBe(true);
    const listed = await settled(store.listTickets(f.officeId, DAY));
    expect(listed).toHaveLength(20);
    expect(listed.filter((t) => t.series === 'A').map((t) => t.sequence)).toEqual(oneTo(12));
    const first = as(checkIns[0]!, 'CheckedIn');
    expect(first.booking.status).toBe('checked_in');
    expect(first.ticket).toMatchObject({
      officeId: f.officeId,
      date: DAY,
      kind: 'booking',
      code: drafts[0]!.code,
      sessionStartsAt: session.startsAt,
      issuedAt: NOW,
      issuedBy: OFFICER,
      status: 'waiting',
      calls: 0,
    });
    expect(await settled(store.findTicketByCode(f.officeId, drafts[0]!.code))).toEqual(first.ticket);
  });

  it('sequences are per office, per day and per series', async () => {
    const { store } = harness();
    const f = fixtures();
    const other = fixtures();
    const nextDay = slot(addDays(DAY, 1), '08:00', 5);
    const numbers = [
      (await checkedIn(store, f, session, 'new')).number,
      (await checkedIn(store, f, session, 'replacement')).number,
      (await checkedIn(store, f, session, 'new')).number,
      (await checkedIn(store, f, nextDay, 'new')).number,
      (await checkedIn(store, other, session, 'new')).number,
      (await settled(store.issueWalkIn(walkIn(f.officeId)))).number,
      (await settled(store.issueWalkIn(walkIn(f.officeId, { date: nextDay.date })))).number,
      (await settled(store.issueWalkIn(walkIn(f.officeId)))).number,
    ];
    expect(numbers).toEqual(['A-001', 'B-001', 'A-002', 'A-001', 'A-001', 'W-001', 'W-001', 'W-002']);
    const tomorrow = await settled(store.listTickets(f.officeId, nextDay.date));
    expect(tomorrow.map((t) => t.number)).toEqual(['A-001', 'W-001']);
  });

  it("another office's or an unknown code is Unchanged without a booking and issues nothing", async () => {
    const { store, probe } = harness();
    const f = fixtures();
    const draft = newBooking(f);
    as(await settled(store.reserve(reserveInput(draft, [session]))), 'Reserved');
    const elsewhere = ticketCheckIn({ officeId: fixtures().officeId, code: draft.code });
    expect(await settled(store.checkInWithTicket(elsewhere))).toEqual({ type: 'Unchanged' });
    const unknown = ticketCheckIn({ officeId: f.officeId, code: f.code() });
    expect(await settled(store.checkInWithTicket(unknown))).toEqual({ type: 'Unchanged' });
    expect((await probe.booking(draft.code))?.status).toBe('active');
    expect(await settled(store.listTickets(elsewhere.officeId, DAY))).toEqual([]);
    expect(await settled(store.findTicketByCode(elsewhere.officeId, draft.code))).toBeUndefined();
  });

  it('a booking already checked in is Unchanged with its ticket; one checked in without a ticket has none', async () => {
    const { store } = harness();
    const f = fixtures();
    const ticket = await checkedIn(store, f, session);
    const again = as(
      await settled(store.checkInWithTicket(ticketCheckIn({ officeId: f.officeId, code: ticket.code! }))),
      'Unchanged',
    );
    expect(again).toEqual({ type: 'Unchanged', booking: again.booking, ticket });
    expect(again.booking?.status).toBe('checked_in');
    const plain = newBooking(f);
    as(await settled(store.reserve(reserveInput(plain, [session]))), 'Reserved');
    as(await settled(store.markCheckedIn(markInput(plain))), 'CheckedIn');
    const without = as(await settled(store.checkInWithTicket(ticketCheckIn(plain))), 'Unchanged');
    expect(without.booking?.status).toBe('checked_in');
    expect(without.ticket).toBeUndefined();
    expect(await settled(store.listTickets(f.officeId, DAY))).toHaveLength(1);
  });

  it('lapsed and cancelled bookings are refused as markCheckedIn refuses them, with no ticket or audit row', async () => {
    const { store, probe } = harness();
    const f = fixtures();
    const lapsed = newBooking(f);
    const cancelled = newBooking(f);
    for (const d of [lapsed, cancelled])
      as(await settled(store.reserve(reserveInput(d, [session]))), 'Reserved');
    await settled(store.cancel(cancelInput(cancelled)));
    const late = ticketCheckIn(lapsed, justAfter(session.checkInDeadline));
    const refusedLate = as(await settled(store.checkInWithTicket(late)), 'Unchanged');
    expect(refusedLate.booking?.code).toBe(lapsed.code);
    expect(refusedLate.ticket).toBeUndefined();
    expect((await probe.booking(lapsed.code))?.status).not.toBe('checked_in');
    const refused = as(await settled(store.checkInWithTicket(ticketCheckIn(cancelled))), 'Unchanged');
    expect(refused.booking?.status).toBe('cancelled');
    expect(await settled(store.listTickets(f.officeId, DAY))).toEqual([]);
    const audit = {
      officeId: f.officeId,
      from: new Date(0),
      to: new Date('2100-01-01T00:00:00Z'),
      limit: 10,
    };
    expect(await settled(store.listAudit(audit))).toEqual([]);
  });

  it('a throwing seriesFor is a StoreError and leaves the booking active with no ticket', async () => {
    const { store, probe } = harness();
    const f = fixtures();
    const draft = newBooking(f);
    as(await settled(store.reserve(reserveInput(draft, [session]))), 'Reserved');
    const seriesFor = () => {
      throw new Error('no series');
    };
    const result = await store.checkInWithTicket(ticketCheckIn(draft, NOW, { seriesFor }));
    expect(result.isErr()).toBe(true);
    expect((await probe.booking(draft.code))?.status).toBe('active');
    expect(await settled(store.listTickets(f.officeId, DAY))).toEqual([]);
  });
}
