import type { LocalDate, NewAuditEntry, QueueTicket, TicketStatus } from '@antrean/core';
import { affected, type ConnectionLike, rowsOf } from './pool-like';
import { TICKET_COLUMNS, ticketOf } from './ticket-rows';

/** Every ticket of the office day, in issue order. */
export const dayTickets = async (
  conn: ConnectionLike,
  officeId: string,
  date: LocalDate,
): Promise<QueueTicket[]> =>
  (
    await rowsOf(
      conn.query(`SELECT ${TICKET_COLUMNS} FROM queue_tickets WHERE office_id = ? AND date = ? ORDER BY id`, [
        officeId,
        date,
      ]),
    )
  ).map(ticketOf);

/** The ticket a booking got at check-in, if any. */
export const ticketOfCode = async (
  conn: ConnectionLike,
  officeId: string,
  code: string,
): Promise<QueueTicket | undefined> => {
  const [row] = await rowsOf(
    conn.query(`SELECT ${TICKET_COLUMNS} FROM queue_tickets WHERE office_id = ? AND code = ?`, [
      officeId,
      code,
    ]),
  );
  return row ? ticketOf(row) : undefined;
};

/**
 * Lock the office day's row until the transaction ends: the upsert creates it or takes its row
 * lock, so every process issuing or calling on that day waits its turn, and at READ COMMITTED a
 * turn reads the tickets as the previous one committed them.
 */
export const lockDay = async (conn: ConnectionLike, officeId: string, date: LocalDate): Promise<void> => {
  await conn.query(
    'INSERT INTO ticket_days (office_id, date) VALUES (?, ?) ON DUPLICATE KEY UPDATE office_id = office_id',
    [officeId, date],
  );
};

/** One more than the highest number issued in the series of the office day (1 for the first). */
export const nextSequence = async (
  conn: ConnectionLike,
  officeId: string,
  date: LocalDate,
  series: string,
): Promise<number> => {
  const [row] = await rowsOf(
    conn.query(
      'SELECT COALESCE(MAX(sequence), 0) + 1 AS next FROM queue_tickets WHERE office_id = ? AND date = ? AND series = ?',
      [officeId, date, series],
    ),
  );
  return Number(row?.next ?? 1);
};

/** Insert a new ticket; the unique keys refuse a number, sequence or code issued twice. */
export const insertTicket = async (conn: ConnectionLike, ticket: QueueTicket): Promise<void> => {
  await conn.query(
    `INSERT INTO queue_tickets (office_id, date, number, series, sequence, kind, code, session_starts_at, reason,
       issued_at, issued_by, status, calls) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      ticket.officeId,
      ticket.date,
      ticket.number,
      ticket.series,
      ticket.sequence,
      ticket.kind,
      ticket.code ?? null,
      ticket.sessionStartsAt?.getTime() ?? null,
      ticket.reason ?? null,
      ticket.issuedAt.getTime(),
      ticket.issuedBy,
      ticket.status,
      ticket.calls,
    ],
  );
};

/**
 * Write the ticket's changeable columns over its row only while it is in status `expect`: true
 * when it was (the status always changes or `calls` grows, so affected rows is unambiguous).
 */
export const updateTicket = (
  conn: ConnectionLike,
  ticket: QueueTicket,
  expect: TicketStatus,
): Promise<boolean> =>
  affected(
    conn.query(
      `UPDATE queue_tickets SET status = ?, counter = ?, call_order = ?, called_at = ?, calls = ?, finished_at = ?
       WHERE office_id = ? AND date = ? AND number = ? AND status = ?`,
      [
        ticket.status,
        ticket.counter ?? null,
        ticket.callOrder ?? null,
        ticket.calledAt?.getTime() ?? null,
        ticket.calls,
        ticket.finishedAt?.getTime() ?? null,
        ticket.officeId,
        ticket.date,
        ticket.number,
        expect,
      ],
    ),
  ).then((n) => n > 0);

/** Append a row to the audit trail (its triggers refuse updates and deletes). */
export const appendAudit = async (conn: ConnectionLike, row: NewAuditEntry): Promise<void> => {
  await conn.query(
    'INSERT INTO audit_log (office_id, at, officer, action, code, ticket, counter, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    [
      row.officeId,
      row.at.getTime(),
      row.officer,
      row.action,
      row.code ?? null,
      row.ticket ?? null,
      row.counter ?? null,
      row.detail ?? null,
    ],
  );
};
