/**
 * Issuing numbers: `checkInWithTicket` and `issueWalkIn`. A check-in that holds issues the next
 * number of (office, booking date, series): 1, 2, 3… with no gap or repeat, however many desks
 * race. Walk-ins have their own series and sequence. Refusals are in `refusals.ts`.
 */
import { addDays } from '@antrean/core';
import type { SuiteContext } from '../conformance-types';
import { DAY, fixtures, NOW, newBooking, reserveInput, slot } from '../fixtures';
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
}
