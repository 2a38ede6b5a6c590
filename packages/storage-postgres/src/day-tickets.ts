import type { LocalDate, QueueTicket, TicketStatus } from '@antrean/core';
import type { ClientLike } from './pool-like';
import type { Tables } from './tables';
import { TICKET_COLUMNS, ticketOf } from './ticket-rows';

/** The ticket a booking got at check-in, if any. */
export const ticketOfCode = async (
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

/** One more than the highest number issued in the series of the office day (1 for the first). */
export const nextSequence = async (
  client: ClientLike,
  t: Tables,
  officeId: string,
  date: LocalDate,
  series: string,
): Promise<number> => {
  const found = await client.query(
    `SELECT COALESCE(MAX(sequence), 0) + 1 AS next FROM ${t.tickets}
     WHERE office_id = $1 AND date = $2::date AND series = $3`,
    [officeId, date, series],
  );
  return Number(found.rows[0]?.next ?? 1);
};

/**
 * Write the ticket's changeable columns over its row (office, date, number) only while the row
 * is in status `expect`: true when it was. The unique indexes (one called ticket per counter,
 * one call order per day) refuse what a lost race would otherwise let through.
 */
export const updateTicket = async (
  client: ClientLike,
  t: Tables,
  ticket: QueueTicket,
  expect: TicketStatus,
): Promise<boolean> => {
  const updated = await client.query(
    `UPDATE ${t.tickets} SET status = $5, counter = $6, call_order = $7, called_at = $8::timestamptz,
       calls = $9, finished_at = $10::timestamptz
     WHERE office_id = $1 AND date = $2::date AND number = $3 AND status = $4`,
    [
      ticket.officeId,
      ticket.date,
      ticket.number,
      expect,
      ticket.status,
      ticket.counter ?? null,
      ticket.callOrder ?? null,
      ticket.calledAt?.toISOString() ?? null,
      ticket.calls,
      ticket.finishedAt?.toISOString() ?? null,
    ],
  );
  return (updated.rowCount ?? 0) > 0;
};
