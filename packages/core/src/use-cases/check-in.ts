import { auditRecord } from '../desk/audit-record';
import { formatTicketNumber } from '../desk/ticket-number';
import type { Booking } from '../domain/booking';
import type { QueueTicket } from '../domain/queue-ticket';
import { deadlineHolds } from '../expiry/active-from';
import type { MarkCheckedInInput, MarkCheckedInResult } from '../ports/check-in-desk';
import type { TicketCheckInInput, TicketCheckInResult } from '../ports/counter-queue';
import type { LedgerPrimitives } from '../ports/store-primitives';
import { ConcurrentChange } from '../ports/transactor';

/** True for the office's booking that is active and has not lapsed at `activeFrom`: one that may be checked in. */
const isLiveAt = (stored: Booking | undefined, officeId: string, activeFrom: Date): stored is Booking =>
  stored?.officeId === officeId &&
  stored.status === 'active' &&
  deadlineHolds(stored.checkInDeadline, activeFrom);

/** Check in `stored` (the booking with `input.code`, as read in this transaction) if it is live. */
const markStored = async (
  tx: LedgerPrimitives,
  stored: Booking | undefined,
  input: MarkCheckedInInput,
): Promise<MarkCheckedInResult> => {
  if (!stored || stored.officeId !== input.officeId) return { type: 'Unchanged' };
  if (!isLiveAt(stored, input.officeId, input.activeFrom)) return { type: 'Unchanged', booking: stored };
  const [changed] = await tx.changeStatus({
    codes: [stored.code],
    from: 'active',
    to: 'checked_in',
    at: input.at,
    release: false,
  });
  if (!changed) throw new ConcurrentChange(`booking ${stored.code} changed while it was being checked in`);
  return { type: 'CheckedIn', booking: changed };
};

/**
 * Check in the office's active, unlapsed booking at `input.at`; anything else is left as stored.
 * The window's opening is judged before (core `checkInVerdict`); this is the atomic part.
 */
export const markCheckedInOver = async (
  tx: LedgerPrimitives,
  input: MarkCheckedInInput,
): Promise<MarkCheckedInResult> => markStored(tx, await tx.findBooking(input.code), input);

/** A waiting ticket with the next number of its office day and series; the day is locked by the caller. */
export const newTicket = async (
  tx: LedgerPrimitives,
  fields: Omit<QueueTicket, 'number' | 'sequence' | 'status' | 'calls'>,
): Promise<QueueTicket> => {
  const sequence = await tx.nextSequence(fields.officeId, fields.date, fields.series);
  const ticket: QueueTicket = {
    ...fields,
    number: formatTicketNumber(fields.series, sequence),
    sequence,
    status: 'waiting',
    calls: 0,
  };
  await tx.insertTicket(ticket);
  return ticket;
};

/**
 * Check in with a queue number: `markCheckedIn`'s conditions, then the ticket with the next
 * number of (office, booking date, series) and its `check_in` audit row, in one transaction. A
 * booking already checked in comes back with the ticket it got.
 */
export const checkInWithTicketOver = async (
  tx: LedgerPrimitives,
  input: TicketCheckInInput,
): Promise<TicketCheckInResult> => {
  const stored = await tx.findBooking(input.code);
  // Asked before anything is written, so a throwing `seriesFor` changes nothing.
  const series = isLiveAt(stored, input.officeId, input.activeFrom) ? input.seriesFor(stored) : undefined;
  const marked = await markStored(tx, stored, input);
  if (marked.type === 'Unchanged') {
    const ticket = marked.booking && (await tx.ticketOfCode(input.officeId, input.code));
    return ticket ? { ...marked, ticket } : marked;
  }
  const { booking } = marked;
  await tx.lockDay(booking.officeId, booking.date);
  const ticket = await newTicket(tx, {
    officeId: booking.officeId,
    date: booking.date,
    series: series ?? input.seriesFor(booking),
    kind: 'booking',
    code: booking.code,
    sessionStartsAt: new Date(booking.startsAt.getTime()),
    issuedAt: new Date(input.at.getTime()),
    issuedBy: input.officer,
  });
  await tx.appendAudit(auditRecord({ ...input, action: 'check_in', ticket }));
  return { type: 'CheckedIn', booking, ticket };
};
