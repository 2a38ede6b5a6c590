import {
  formatTicketNumber,
  type LocalDate,
  type QueueTicket,
  type TicketCheckInInput,
  type TicketCheckInResult,
  type WalkInInput,
} from '@antrean/core';
import { markCheckedInIn } from './check-in';
import type { Connection } from './connection';
import { appendAudit, insertTicket, SELECT_TICKET, type TicketRow, toTicket } from './ticket-rows';

/** The ticket a booking got at check-in, if any. */
export const ticketOfCode = (conn: Connection, officeId: string, code: string): QueueTicket | undefined => {
  const row = conn.get<TicketRow>(`${SELECT_TICKET} WHERE office_id = ? AND code = ?`, officeId, code);
  return row ? toTicket(row) : undefined;
};

// The write lock (BEGIN IMMEDIATE) is held, so no other connection can take the same number.
const nextSequence = (conn: Connection, officeId: string, date: LocalDate, series: string): number =>
  Number(
    conn.get<{ next: number }>(
      'SELECT COALESCE(MAX(sequence), 0) + 1 AS next FROM queue_tickets WHERE office_id = ? AND date = ? AND series = ?',
      officeId,
      date,
      series,
    )?.next ?? 1,
  );

/** A waiting ticket with the next number of its office day and series. */
const newTicket = (
  conn: Connection,
  fields: Omit<QueueTicket, 'number' | 'sequence' | 'status' | 'calls'>,
): QueueTicket => {
  const sequence = nextSequence(conn, fields.officeId, fields.date, fields.series);
  const number = formatTicketNumber(fields.series, sequence);
  return { ...fields, number, sequence, status: 'waiting', calls: 0 };
};

/**
 * `markCheckedIn`'s conditional UPDATE, then the ticket and its audit row; call inside one write
 * transaction, so a throwing `seriesFor` or a failed insert rolls the check-in back too.
 */
export const checkInWithTicketIn = (conn: Connection, input: TicketCheckInInput): TicketCheckInResult => {
  const marked = markCheckedInIn(conn, input);
  if (marked.type === 'Unchanged') {
    const ticket = marked.booking && ticketOfCode(conn, input.officeId, input.code);
    return ticket ? { ...marked, ticket } : marked;
  }
  const { booking } = marked;
  const ticket = newTicket(conn, {
    officeId: booking.officeId,
    date: booking.date,
    series: input.seriesFor(booking),
    kind: 'booking',
    code: booking.code,
    sessionStartsAt: booking.startsAt,
    issuedAt: input.at,
    issuedBy: input.officer,
  });
  insertTicket(conn, ticket);
  appendAudit(conn, { ...input, action: 'check_in', ticket });
  return { type: 'CheckedIn', booking, ticket };
};

/** The next walk-in number of the office day and series, with its audit row; call inside one write transaction. */
export const issueWalkInIn = (conn: Connection, input: WalkInInput): QueueTicket => {
  const ticket = newTicket(conn, {
    officeId: input.officeId,
    date: input.date,
    series: input.series,
    kind: 'walk_in',
    reason: input.reason,
    issuedAt: input.at,
    issuedBy: input.officer,
  });
  insertTicket(conn, ticket);
  appendAudit(conn, { ...input, action: 'walk_in', ticket, detail: input.reason });
  return ticket;
};
