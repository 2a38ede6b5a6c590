import type { LedgerPrimitives, LocalDate, QueueTicket } from '@antrean/core';
import type { Connection } from './connection';
import { SELECT_TICKET, TICKET_COLUMNS, type TicketRow, ticketValues, toTicket } from './ticket-rows';

/** The primitives on queue tickets and the audit trail. */
export type TicketPrimitives = Pick<
  LedgerPrimitives,
  'lockDay' | 'dayTickets' | 'ticketOfCode' | 'nextSequence' | 'insertTicket' | 'updateTicket' | 'appendAudit'
>;

const PLACEHOLDERS = Array.from(TICKET_COLUMNS.split(','), () => '?').join(', ');

/** The ticket a booking got at check-in, if any. */
export const ticketOfCodeIn = (conn: Connection, officeId: string, code: string): QueueTicket | undefined => {
  const row = conn.get<TicketRow>(`${SELECT_TICKET} WHERE office_id = ? AND code = ?`, officeId, code);
  return row ? toTicket(row) : undefined;
};

/** Every ticket of the office day, in issue order (the rowid follows the inserts). */
export const dayTicketsIn = (conn: Connection, officeId: string, date: LocalDate): readonly QueueTicket[] =>
  conn
    .all<TicketRow>(`${SELECT_TICKET} WHERE office_id = ? AND date = ? ORDER BY rowid`, officeId, date)
    .map(toTicket);

/** The ticket primitives over `conn`, run at once inside the caller's write transaction. */
export const ticketPrimitives = (conn: Connection): TicketPrimitives => ({
  // BEGIN IMMEDIATE already holds the file's one write lock: no day needs a lock of its own.
  lockDay: async () => {},
  dayTickets: async (officeId, date) => dayTicketsIn(conn, officeId, date),
  ticketOfCode: async (officeId, code) => ticketOfCodeIn(conn, officeId, code),
  nextSequence: async (officeId, date, series) =>
    Number(
      conn.get<{ next: number }>(
        'SELECT COALESCE(MAX(sequence), 0) + 1 AS next FROM queue_tickets WHERE office_id = ? AND date = ? AND series = ?',
        officeId,
        date,
        series,
      )?.next ?? 1,
    ),
  insertTicket: async (ticket) => {
    conn.run(
      `INSERT INTO queue_tickets (${TICKET_COLUMNS}) VALUES (${PLACEHOLDERS})`,
      ...ticketValues(ticket),
    );
  },
  updateTicket: async (ticket, expect) =>
    conn.run(
      `UPDATE queue_tickets SET (${TICKET_COLUMNS}) = (${PLACEHOLDERS})
       WHERE office_id = ? AND date = ? AND number = ? AND status = ?`,
      ...ticketValues(ticket),
      ticket.officeId,
      ticket.date,
      ticket.number,
      expect,
    ) === 1,
  appendAudit: async (entry) => {
    conn.run(
      `INSERT INTO audit_log (office_id, at, officer, action, code, ticket, counter, detail)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      entry.officeId,
      entry.at.getTime(),
      entry.officer,
      entry.action,
      entry.code ?? null,
      entry.ticket ?? null,
      entry.counter ?? null,
      entry.detail ?? null,
    );
  },
});
