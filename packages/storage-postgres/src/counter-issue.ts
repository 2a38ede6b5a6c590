import {
  formatTicketNumber,
  type LocalDate,
  type QueueTicket,
  type TicketCheckInInput,
  type TicketCheckInResult,
  type WalkInInput,
} from '@antrean/core';
import { markCheckedInWith } from './check-in';
import type { ClientLike } from './pool-like';
import type { Tables } from './tables';
import { appendAudit, insertTicket, TICKET_COLUMNS, ticketOf } from './ticket-rows';

/** The ticket a booking got at check-in, if any. */
export const ticketOfCodeWith = async (
  client: ClientLike,
  t: Tables,
  officeId: string,
  code: string,
): Promise<QueueTicket | undefined> => {
  const found = await client.query(
    `SELECT ${TICKET_COLUMNS} FROM ${t.tickets} WHERE office_id = $1 AND code = $2`,
    [officeId, code],
  );
  const [row] = found.rows;
  return row ? ticketOf(row) : undefined;
};

/**
 * Lock the office day's row until the transaction ends: the upsert creates it or takes its row
 * lock, so every process issuing or calling on that day waits its turn, and a turn reads the
 * tickets as the previous one committed them (READ COMMITTED reads afresh per statement).
 */
export const lockDay = async (
  client: ClientLike,
  t: Tables,
  officeId: string,
  date: LocalDate,
): Promise<void> => {
  await client.query(
    `INSERT INTO ${t.ticketDays} AS day (office_id, date) VALUES ($1, $2::date)
     ON CONFLICT (office_id, date) DO UPDATE SET office_id = day.office_id`,
    [officeId, date],
  );
};

/** A waiting ticket with the next number of its office day and series; the day must be locked. */
const newTicket = async (
  client: ClientLike,
  t: Tables,
  fields: Omit<QueueTicket, 'number' | 'sequence' | 'status' | 'calls'>,
): Promise<QueueTicket> => {
  const found = await client.query(
    `SELECT COALESCE(MAX(sequence), 0) + 1 AS next FROM ${t.tickets}
     WHERE office_id = $1 AND date = $2::date AND series = $3`,
    [fields.officeId, fields.date, fields.series],
  );
  const sequence = Number(found.rows[0]?.next ?? 1);
  const ticket: QueueTicket = {
    ...fields,
    number: formatTicketNumber(fields.series, sequence),
    sequence,
    status: 'waiting',
    calls: 0,
  };
  await insertTicket(client, t, ticket);
  return ticket;
};

/** `markCheckedIn`'s conditional UPDATE, then the ticket and its audit row, in the caller's transaction. */
export const checkInWithTicketWith = async (
  client: ClientLike,
  t: Tables,
  input: TicketCheckInInput,
): Promise<TicketCheckInResult> => {
  const marked = await markCheckedInWith(client, t, input);
  if (marked.type === 'Unchanged') {
    const ticket = marked.booking && (await ticketOfCodeWith(client, t, input.officeId, input.code));
    return ticket ? { ...marked, ticket } : marked;
  }
  const { booking } = marked;
  const series = input.seriesFor(booking);
  await lockDay(client, t, booking.officeId, booking.date);
  const ticket = await newTicket(client, t, {
    officeId: booking.officeId,
    date: booking.date,
    series,
    kind: 'booking',
    code: booking.code,
    sessionStartsAt: booking.startsAt,
    issuedAt: input.at,
    issuedBy: input.officer,
  });
  await appendAudit(client, t, { ...input, action: 'check_in', ticket });
  return { type: 'CheckedIn', booking, ticket };
};

/** The next walk-in number of the office day and series, with its audit row, in the caller's transaction. */
export const issueWalkInWith = async (
  client: ClientLike,
  t: Tables,
  input: WalkInInput,
): Promise<QueueTicket> => {
  await lockDay(client, t, input.officeId, input.date);
  const ticket = await newTicket(client, t, {
    officeId: input.officeId,
    date: input.date,
    series: input.series,
    kind: 'walk_in',
    reason: input.reason,
    issuedAt: input.at,
    issuedBy: input.officer,
  });
  await appendAudit(client, t, { ...input, action: 'walk_in', ticket, detail: input.reason });
  return ticket;
};
