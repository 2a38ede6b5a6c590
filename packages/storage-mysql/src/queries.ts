import type { AuditEntry, AuditQuery, Booking, LocalDate, SlotCounts } from '@antrean/core';
import { type ConnectionLike, rowsOf } from './pool-like';
import { bookingColumns, bookingOf, rowLimit } from './rows';
import { AUDIT_COLUMNS, auditOf } from './ticket-rows';

/** The office's booking with this code, whatever its state; another office's code is undefined. */
export const findByCodeWith = async (
  conn: ConnectionLike,
  officeId: string,
  code: string,
): Promise<Booking | undefined> => {
  const [row] = await rowsOf(
    conn.query(`SELECT ${bookingColumns()} FROM bookings WHERE code = ? AND office_id = ?`, [code, officeId]),
  );
  return row ? bookingOf(row) : undefined;
};

/** The applicant's active booking whose deadline is not before `activeFrom` (the core's threshold). */
export const findActiveWith = async (
  conn: ConnectionLike,
  applicantKey: string,
  activeFrom: Date,
): Promise<Booking | undefined> => {
  const [row] = await rowsOf(
    conn.query(
      `SELECT ${bookingColumns()} FROM bookings WHERE active_applicant = ? AND check_in_deadline >= ?`,
      [applicantKey, activeFrom.getTime()],
    ),
  );
  return row ? bookingOf(row) : undefined;
};

/** Places held per slot id of the office on these dates, read from the counters capacity uses. */
export const countBySlotWith = async (
  conn: ConnectionLike,
  officeId: string,
  dates: readonly LocalDate[],
): Promise<SlotCounts> => {
  const counts = new Map<string, number>();
  if (dates.length === 0) return counts;
  const rows = await rowsOf(
    conn.query('SELECT slot_id, held FROM slots WHERE office_id = ? AND date IN (?) AND held > 0', [
      officeId,
      [...dates],
    ]),
  );
  for (const row of rows) counts.set(String(row.slot_id), Number(row.held));
  return counts;
};

/** The office's bookings on a date, by session start, then creation, then code (a stable order). */
export const listByDateWith = async (
  conn: ConnectionLike,
  officeId: string,
  date: LocalDate,
): Promise<readonly Booking[]> =>
  (
    await rowsOf(
      conn.query(
        `SELECT ${bookingColumns()} FROM bookings WHERE office_id = ? AND date = ? ORDER BY starts_at, created_at, code`,
        [officeId, date],
      ),
    )
  ).map(bookingOf);

/** The office's audit rows in [from, to) below `beforeId`, newest first, at most `limit`. */
export const listAuditWith = async (
  conn: ConnectionLike,
  query: AuditQuery,
): Promise<readonly AuditEntry[]> =>
  (
    await rowsOf(
      conn.query(
        `SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE office_id = ? AND at >= ? AND at < ? AND (? IS NULL OR id < ?)
         ORDER BY id DESC LIMIT ?`,
        [
          query.officeId,
          query.from.getTime(),
          query.to.getTime(),
          query.beforeId ?? null,
          query.beforeId ?? null,
          rowLimit(query.limit),
        ],
      ),
    )
  ).map(auditOf);
