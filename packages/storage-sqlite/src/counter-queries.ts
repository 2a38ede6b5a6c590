import type { AuditEntry, AuditQuery, LocalDate, QueueTicket } from '@antrean/core';
import type { Connection } from './connection';
import { releasePlace } from './places';
import { type AuditRow, SELECT_TICKET, type TicketRow, toAuditEntry, toTicket } from './ticket-rows';

/** Every ticket of the office day, in issue order (the rowid follows the inserts). */
export const listTicketsIn = (conn: Connection, officeId: string, date: LocalDate): readonly QueueTicket[] =>
  conn
    .all<TicketRow>(`${SELECT_TICKET} WHERE office_id = ? AND date = ? ORDER BY rowid`, officeId, date)
    .map(toTicket);

/** The office's audit rows in [from, to) below `beforeId`, newest first, at most `limit`. */
export const listAuditIn = (conn: Connection, query: AuditQuery): readonly AuditEntry[] =>
  conn
    .all<AuditRow>(
      `SELECT id, office_id, at, officer, action, code, ticket, counter, detail FROM audit_log
       WHERE office_id = ? AND at >= ? AND at < ? AND id < ?
       ORDER BY id DESC LIMIT ?`,
      query.officeId,
      query.from.getTime(),
      query.to.getTime(),
      query.beforeId ?? Number.MAX_SAFE_INTEGER,
      Math.max(0, Math.floor(query.limit)),
    )
    .map(toAuditEntry);

/**
 * Active bookings (of one office, or all) whose deadline is before `activeFrom` become expired at
 * `at`, giving their places back; call inside one write transaction. Returns how many changed.
 */
export const expireLapsedIn = (
  conn: Connection,
  input: { readonly activeFrom: Date; readonly at: Date; readonly officeId?: string },
): number => {
  const lapsed = conn.all<{ office_id: string; slot_id: string }>(
    `UPDATE bookings SET status = 'expired', updated_at = ?
     WHERE status = 'active' AND check_in_deadline < ? AND (? IS NULL OR office_id = ?)
     RETURNING office_id, slot_id`,
    input.at.getTime(),
    input.activeFrom.getTime(),
    input.officeId ?? null,
    input.officeId ?? null,
  );
  for (const row of lapsed) releasePlace(conn, row.office_id, row.slot_id);
  return lapsed.length;
};
