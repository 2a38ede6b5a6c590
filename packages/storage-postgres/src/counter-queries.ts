import type { AuditEntry, AuditQuery, LocalDate, QueueTicket } from '@antrean/core';
import { releaseSql } from './places';
import type { ClientLike } from './pool-like';
import type { Tables } from './tables';
import { AUDIT_COLUMNS, auditOf, TICKET_COLUMNS, ticketOf } from './ticket-rows';

/** Every ticket of the office day, in issue order. */
export const listTicketsWith = async (
  client: ClientLike,
  t: Tables,
  officeId: string,
  date: LocalDate,
): Promise<readonly QueueTicket[]> => {
  const found = await client.query(
    `SELECT ${TICKET_COLUMNS} FROM ${t.tickets} WHERE office_id = $1 AND date = $2::date ORDER BY id`,
    [officeId, date],
  );
  return found.rows.map(ticketOf);
};

/** The office's audit rows in [from, to) below `beforeId`, newest first, at most `limit`. */
export const listAuditWith = async (
  client: ClientLike,
  t: Tables,
  query: AuditQuery,
): Promise<readonly AuditEntry[]> => {
  const found = await client.query(
    `SELECT ${AUDIT_COLUMNS} FROM ${t.audit}
     WHERE office_id = $1 AND at >= $2::timestamptz AND at < $3::timestamptz AND ($4::bigint IS NULL OR id < $4::bigint)
     ORDER BY id DESC LIMIT $5`,
    [
      query.officeId,
      query.from.toISOString(),
      query.to.toISOString(),
      query.beforeId ?? null,
      Math.max(0, Math.floor(query.limit)),
    ],
  );
  return found.rows.map(auditOf);
};

/**
 * Active bookings (of one office, or all) whose deadline is before `activeFrom` become expired at
 * `at` and give their places back, in one statement. Returns how many changed.
 */
export const expireLapsedWith = async (
  client: ClientLike,
  t: Tables,
  input: { readonly activeFrom: Date; readonly at: Date; readonly officeId?: string },
): Promise<number> => {
  const expired = await client.query(
    `WITH released AS (
       UPDATE ${t.bookings} SET status = 'expired', updated_at = $2::timestamptz
       WHERE status = 'active' AND check_in_deadline < $1::timestamptz AND ($3::text IS NULL OR office_id = $3::text)
       RETURNING office_id, slot_id
     ), freed AS (${releaseSql(t)})
     SELECT count(*)::int AS n FROM released`,
    [input.activeFrom.toISOString(), input.at.toISOString(), input.officeId ?? null],
  );
  return Number(expired.rows[0]?.n ?? 0);
};
