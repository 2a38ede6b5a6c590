import type { AuditAction, AuditEntry, QueueTicket, TicketKind, TicketStatus } from '@antrean/core';
import type { SqliteValue } from './sqlite-database';

/** A `queue_tickets` row as SQLite returns it. */
export interface TicketRow {
  readonly office_id: string;
  readonly date: string;
  readonly number: string;
  readonly series: string;
  readonly sequence: number;
  readonly kind: string;
  readonly code: string | null;
  readonly session_starts_at: number | null;
  readonly reason: string | null;
  readonly issued_at: number;
  readonly issued_by: string;
  readonly status: string;
  readonly counter: string | null;
  readonly call_order: number | null;
  readonly called_at: number | null;
  readonly calls: number;
  readonly finished_at: number | null;
}

/** The columns of `queue_tickets`, in the order `ticketValues` gives them. */
export const TICKET_COLUMNS =
  'office_id, date, number, series, sequence, kind, code, session_starts_at, reason, issued_at, issued_by, status, counter, call_order, called_at, calls, finished_at';

/** SELECT every ticket column, for queries that end with their own WHERE. */
export const SELECT_TICKET = `SELECT ${TICKET_COLUMNS} FROM queue_tickets`;

/** A ticket from its row; NULL columns are left out. */
export const toTicket = (row: TicketRow): QueueTicket => ({
  officeId: row.office_id,
  date: row.date,
  number: row.number,
  series: row.series,
  sequence: Number(row.sequence),
  kind: row.kind as TicketKind,
  ...(row.code === null ? {} : { code: row.code }),
  ...(row.session_starts_at === null ? {} : { sessionStartsAt: new Date(Number(row.session_starts_at)) }),
  ...(row.reason === null ? {} : { reason: row.reason }),
  issuedAt: new Date(Number(row.issued_at)),
  issuedBy: row.issued_by,
  status: row.status as TicketStatus,
  ...(row.counter === null ? {} : { counter: row.counter }),
  ...(row.call_order === null ? {} : { callOrder: Number(row.call_order) }),
  ...(row.called_at === null ? {} : { calledAt: new Date(Number(row.called_at)) }),
  calls: Number(row.calls),
  ...(row.finished_at === null ? {} : { finishedAt: new Date(Number(row.finished_at)) }),
});

/** A ticket's values in `TICKET_COLUMNS` order; absent fields are NULL. */
export const ticketValues = (t: QueueTicket): SqliteValue[] => [
  t.officeId,
  t.date,
  t.number,
  t.series,
  t.sequence,
  t.kind,
  t.code ?? null,
  t.sessionStartsAt?.getTime() ?? null,
  t.reason ?? null,
  t.issuedAt.getTime(),
  t.issuedBy,
  t.status,
  t.counter ?? null,
  t.callOrder ?? null,
  t.calledAt?.getTime() ?? null,
  t.calls,
  t.finishedAt?.getTime() ?? null,
];

/** An `audit_log` row as SQLite returns it. */
export interface AuditRow {
  readonly id: number;
  readonly office_id: string;
  readonly at: number;
  readonly officer: string;
  readonly action: string;
  readonly code: string | null;
  readonly ticket: string | null;
  readonly counter: string | null;
  readonly detail: string | null;
}

/** An audit entry from its row; NULL columns are left out. */
export const toAuditEntry = (row: AuditRow): AuditEntry => ({
  id: Number(row.id),
  officeId: row.office_id,
  at: new Date(Number(row.at)),
  officer: row.officer,
  action: row.action as AuditAction,
  ...(row.code === null ? {} : { code: row.code }),
  ...(row.ticket === null ? {} : { ticket: row.ticket }),
  ...(row.counter === null ? {} : { counter: row.counter }),
  ...(row.detail === null ? {} : { detail: row.detail }),
});
