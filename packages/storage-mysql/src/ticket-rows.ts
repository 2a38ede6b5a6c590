import type { AuditAction, AuditEntry, QueueTicket, TicketKind, TicketStatus } from '@antrean/core';
import type { Row } from './pool-like';
import { instant, isoDate } from './rows';

/** The select list every ticket query uses, in the shape `ticketOf` reads. */
export const TICKET_COLUMNS = `office_id, ${isoDate('date')} AS date, number, series, sequence, kind, code,
  session_starts_at, reason, issued_at, issued_by, status, counter, call_order, called_at, calls, finished_at`;

/** The select list of audit queries, in the shape `auditOf` reads. */
export const AUDIT_COLUMNS = 'id, office_id, at, officer, action, code, ticket, counter, detail';

const present = (value: unknown): boolean => value !== null && value !== undefined;
/** The column as text when it is not NULL, for an optional field. */
const optional = <K extends string>(name: K, value: unknown): { [P in K]?: string } =>
  (present(value) ? { [name]: String(value) } : {}) as { [P in K]?: string };

/** A ticket from a row selected with `TICKET_COLUMNS`; NULL columns are left out. */
export const ticketOf = (row: Row): QueueTicket => ({
  officeId: String(row.office_id),
  date: String(row.date),
  number: String(row.number),
  series: String(row.series),
  sequence: Number(row.sequence),
  kind: String(row.kind) as TicketKind,
  ...optional('code', row.code),
  ...(present(row.session_starts_at) ? { sessionStartsAt: instant(row.session_starts_at) } : {}),
  ...optional('reason', row.reason),
  issuedAt: instant(row.issued_at),
  issuedBy: String(row.issued_by),
  status: String(row.status) as TicketStatus,
  ...optional('counter', row.counter),
  ...(present(row.call_order) ? { callOrder: Number(row.call_order) } : {}),
  ...(present(row.called_at) ? { calledAt: instant(row.called_at) } : {}),
  calls: Number(row.calls),
  ...(present(row.finished_at) ? { finishedAt: instant(row.finished_at) } : {}),
});

/** An audit entry from a row selected with `AUDIT_COLUMNS`; NULL columns are left out. */
export const auditOf = (row: Row): AuditEntry => ({
  id: Number(row.id),
  officeId: String(row.office_id),
  at: instant(row.at),
  officer: String(row.officer),
  action: String(row.action) as AuditAction,
  ...optional('code', row.code),
  ...optional('ticket', row.ticket),
  ...optional('counter', row.counter),
  ...optional('detail', row.detail),
});
