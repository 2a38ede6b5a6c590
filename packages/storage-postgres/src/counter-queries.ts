import type { AuditEntry, AuditQuery, LocalDate, QueueTicket } from '@antrean/core';
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
