import type { Booking, LedgerPrimitives, ReserveFacts } from '@antrean/core';
import { type ConnectionLike, rowsOf } from './pool-like';
import { bookingColumns, bookingOf, flag, instant, replyOf, rowLimit } from './rows';

/**
 * What a reservation judges, in one round trip: the message's reply (none without a key), the
 * number's binding and whether the code exists, joined with the applicant's active booking (at
 * most one, by the unique index on `active_applicant`).
 */
const FACTS = `SELECT facts.*, active.code IS NOT NULL AS has_active, ${bookingColumns('active.')}
  FROM (SELECT binding.applicant_key AS bound_to, binding.bound_at AS bound_at,
      message.reply_text, message.outcome,
      EXISTS (SELECT 1 FROM bookings WHERE code = ?) AS code_taken
    FROM (SELECT 1 AS one) AS one
    LEFT JOIN bindings AS binding ON binding.phone = ?
    LEFT JOIN messages AS message ON message.channel = ? AND message.sender = ? AND message.message_id = ?) AS facts
  LEFT JOIN bookings AS active ON active.active_applicant = ?`;

/** The reply, the applicant's active booking, the binding and whether the code exists, read together. */
export const reserveFacts = async (
  conn: ConnectionLike,
  query: Parameters<LedgerPrimitives['reserveFacts']>[0],
): Promise<ReserveFacts> => {
  const { key } = query;
  const [row = {}] = await rowsOf(
    conn.query(FACTS, [
      query.code,
      query.phone,
      key?.channel ?? null,
      key?.sender ?? null,
      key?.messageId ?? null,
      query.applicantKey,
    ]),
  );
  return {
    ...(row.reply_text == null ? {} : { reply: replyOf(row) }),
    ...(flag(row.has_active) ? { active: bookingOf(row) } : {}),
    ...(row.bound_to == null
      ? {}
      : { binding: { applicantKey: String(row.bound_to), boundAt: instant(row.bound_at) } }),
    codeTaken: flag(row.code_taken),
  };
};

/** The booking with this code, any office, any state. */
export const findBooking = async (conn: ConnectionLike, code: string): Promise<Booking | undefined> => {
  const [row] = await rowsOf(conn.query(`SELECT ${bookingColumns()} FROM bookings WHERE code = ?`, [code]));
  return row ? bookingOf(row) : undefined;
};

/** Active bookings (of one office, or all) with check-in deadline before `before`, at most `limit`. */
export const lapsedBookings = async (
  conn: ConnectionLike,
  query: Parameters<LedgerPrimitives['lapsedBookings']>[0],
): Promise<readonly Booking[]> => {
  const rows = await rowsOf(
    conn.query(
      `SELECT ${bookingColumns()} FROM bookings
       WHERE status = 'active' AND check_in_deadline < ? AND (? IS NULL OR office_id = ?)
       ORDER BY check_in_deadline, code LIMIT ?`,
      [query.before.getTime(), query.officeId ?? null, query.officeId ?? null, rowLimit(query.limit)],
    ),
  );
  return rows.map(bookingOf);
};
