/**
 * Check-ins refused, as `markCheckedIn` refuses them: another office's or an unknown code is
 * `Unchanged` without a booking; a booking already checked in is `Unchanged` with the booking and
 * the ticket it got; lapsed or cancelled, `Unchanged` with the booking and no ticket. A refusal
 * issues nothing and writes no audit row; a failing `seriesFor` changes nothing.
 */
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
import { checkedIn, ticketCheckIn } from './desk-fixtures';

/** Declares the refused check-in tests. */
export function refusalTests({ api, harness }: SuiteContext): void {
  const { it, expect } = api;
  const session = slot(DAY, '08:00', 40);

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
