import type { Booking, LedgerPrimitives, ReserveFacts } from '@antrean/core';
import type { ClientLike } from './pool-like';
import { runNamed } from './prepared';
import { BOOKING_COLUMNS, bookingOf, flag, instant, millis, replyOf } from './rows';
import type { Tables } from './tables';

/**
 * What a reservation judges, in one round trip: the message's reply (none without a key), the
 * number's binding and whether the code exists in one row, joined with the applicant's active
 * booking (at most one, by the unique partial index).
 */
const factsSql = (t: Tables): string =>
  `SELECT facts.*, active.code IS NOT NULL AS has_active, ${BOOKING_COLUMNS}
   FROM (SELECT binding.applicant_key AS bound_to, ${millis('binding.bound_at')} AS bound_at,
       message.reply_text, message.outcome::text AS outcome,
       EXISTS (SELECT 1 FROM ${t.bookings} WHERE code = $3) AS code_taken
     FROM (SELECT 1) AS one
     LEFT JOIN ${t.bindings} AS binding ON binding.phone = $2
     LEFT JOIN ${t.messages} AS message
       ON message.channel = $4 AND message.sender = $5 AND message.message_id = $6) AS facts
   LEFT JOIN ${t.bookings} AS active ON active.applicant_key = $1 AND active.status = 'active'`;

/** The reply, the applicant's active booking, the binding and whether the code exists, read together. */
export const reserveFacts = async (
  client: ClientLike,
  t: Tables,
  query: Parameters<LedgerPrimitives['reserveFacts']>[0],
): Promise<ReserveFacts> => {
  const { key } = query;
  const found = await runNamed(client, factsSql(t), [
    query.applicantKey,
    query.phone,
    query.code,
    key?.channel ?? null,
    key?.sender ?? null,
    key?.messageId ?? null,
  ]);
  const row = found.rows[0] ?? {};
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
export const findBooking = async (
  client: ClientLike,
  t: Tables,
  code: string,
): Promise<Booking | undefined> => {
  const found = await runNamed(client, `SELECT ${BOOKING_COLUMNS} FROM ${t.bookings} WHERE code = $1`, [
    code,
  ]);
  const [row] = found.rows;
  return row ? bookingOf(row) : undefined;
};

/** Active bookings (of one office, or all) with check-in deadline before `before`, at most `limit`. */
export const lapsedBookings = async (
  client: ClientLike,
  t: Tables,
  query: Parameters<LedgerPrimitives['lapsedBookings']>[0],
): Promise<readonly Booking[]> => {
  const found = await runNamed(
    client,
    `SELECT ${BOOKING_COLUMNS} FROM ${t.bookings}
     WHERE status = 'active' AND check_in_deadline < $1::timestamptz AND ($2::text IS NULL OR office_id = $2::text)
     ORDER BY check_in_deadline, code LIMIT $3`,
    [query.before.toISOString(), query.officeId ?? null, Math.max(0, Math.floor(query.limit))],
  );
  return found.rows.map(bookingOf);
};
