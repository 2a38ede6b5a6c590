import type {
  AuditAction,
  AuditEntry,
  NewAuditEntry,
  QueueTicket,
  TicketKind,
  TicketStatus,
} from '@antrean/core';
import type { ClientLike, QueryRow } from './pool-like';
import { instant, isoDate, millis } from './rows';
import type { Tables } from './tables';

/** The select list every ticket query uses, in the shape `ticketOf` reads. */
export const TICKET_COLUMNS = [
  'office_id',
  `${isoDate('date')} AS date`,
  'number',
  'series',
  'sequence',
  'kind',
  'code',
  `${millis('session_starts_at')} AS session_starts_at`,
  'reason',
  `${millis('issued_at')} AS issued_at`,
  'issued_by',
  'status',
  'counter',
  'call_order',
  `${millis('called_at')} AS called_at`,
  'calls',
  `${millis('finished_at')} AS finished_at`,
].join(', ');

const present = (value: unknown): boolean => value !== null && value !== undefined;

/** A ticket from a row selected with `TICKET_COLUMNS`; NULL columns are left out. */
export const ticketOf = (row: QueryRow): QueueTicket => ({
  officeId: String(row.office_id),
  date: String(row.date),
  number: String(row.number),
  series: String(row.series),
  sequence: Number(row.sequence),
  kind: String(row.kind) as TicketKind,
  ...(present(row.code) ? { code: String(row.code) } : {}),
  ...(present(row.session_starts_at) ? { sessionStartsAt: instant(row.session_starts_at) } : {}),
  ...(present(row.reason) ? { reason: String(row.reason) } : {}),
  issuedAt: instant(row.issued_at),
  issuedBy: String(row.issued_by),
  status: String(row.status) as TicketStatus,
  ...(present(row.counter) ? { counter: String(row.counter) } : {}),
  ...(present(row.call_order) ? { callOrder: Number(row.call_order) } : {}),
  ...(present(row.called_at) ? { calledAt: instant(row.called_at) } : {}),
  calls: Number(row.calls),
  ...(present(row.finished_at) ? { finishedAt: instant(row.finished_at) } : {}),
});

/** Insert a new, waiting ticket. */
export const insertTicket = async (client: ClientLike, t: Tables, ticket: QueueTicket): Promise<void> => {
  await client.query(
    `INSERT INTO ${t.tickets}
       (office_id, date, number, series, sequence, kind, code, session_starts_at, reason, issued_at, issued_by, status, calls)
     VALUES ($1, $2::date, $3, $4, $5, $6, $7, $8::timestamptz, $9, $10::timestamptz, $11, $12, $13)`,
    [
      ticket.officeId,
      ticket.date,
      ticket.number,
      ticket.series,
      ticket.sequence,
      ticket.kind,
      ticket.code ?? null,
      ticket.sessionStartsAt?.toISOString() ?? null,
      ticket.reason ?? null,
      ticket.issuedAt.toISOString(),
      ticket.issuedBy,
      ticket.status,
      ticket.calls,
    ],
  );
};

/** Append an audit row (the trail refuses updates and deletes); the database gives it its id. */
export const appendAudit = async (client: ClientLike, t: Tables, row: NewAuditEntry): Promise<void> => {
  await client.query(
    `INSERT INTO ${t.audit} (office_id, at, officer, action, code, ticket, counter, detail)
     VALUES ($1, $2::timestamptz, $3, $4, $5, $6, $7, $8)`,
    [
      row.officeId,
      row.at.toISOString(),
      row.officer,
      row.action,
      row.code ?? null,
      row.ticket ?? null,
      row.counter ?? null,
      row.detail ?? null,
    ],
  );
};

/** The select list of audit queries, in the shape `auditOf` reads. */
export const AUDIT_COLUMNS = `id, office_id, ${millis('at')} AS at, officer, action, code, ticket, counter, detail`;

/** An audit entry from a row selected with `AUDIT_COLUMNS`; NULL columns are left out. */
export const auditOf = (row: QueryRow): AuditEntry => ({
  id: Number(row.id),
  officeId: String(row.office_id),
  at: instant(row.at),
  officer: String(row.officer),
  action: String(row.action) as AuditAction,
  ...(present(row.code) ? { code: String(row.code) } : {}),
  ...(present(row.ticket) ? { ticket: String(row.ticket) } : {}),
  ...(present(row.counter) ? { counter: String(row.counter) } : {}),
  ...(present(row.detail) ? { detail: String(row.detail) } : {}),
});
