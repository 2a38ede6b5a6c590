import type { CancelInput, CancelResult, CheckInResult } from '@antrean/core';
import { releasePlace } from './places';
import type { ClientLike } from './pool-like';
import { findReplyWith, insertReply } from './replies';
import { BOOKING_COLUMNS, bookingOf } from './rows';
import type { Tables } from './tables';

/**
 * Cancel an active, unexpired booking made from `input.phone`, in the caller's transaction.
 * `FOR UPDATE` locks the row, so a concurrent check-in or cancel of the same code waits and then
 * reads the changed row: exactly one of them wins. A booking of another number is reported
 * exactly like an unknown code, so codes cannot be probed.
 */
export const cancelWith = async (
  client: ClientLike,
  t: Tables,
  input: CancelInput,
): Promise<CancelResult> => {
  const { message, now } = input;
  const duplicate = message ? await findReplyWith(client, t, message.key) : undefined;
  if (duplicate) return { type: 'DuplicateMessage', reply: duplicate };
  const refuse = async (refusal: Extract<CancelResult, { type: 'NotFound' }>): Promise<CancelResult> => {
    const late = message ? await findReplyWith(client, t, message.key) : undefined;
    return late ? { type: 'DuplicateMessage', reply: late } : refusal;
  };

  const found = await client.query(
    `SELECT ${BOOKING_COLUMNS} FROM ${t.bookings} WHERE code = $1 FOR UPDATE`,
    [input.code],
  );
  const [row] = found.rows;
  const stored = row ? bookingOf(row) : undefined;
  if (!stored || stored.phone !== input.phone) return refuse({ type: 'NotFound' });
  if (stored.status !== 'active' || stored.checkInDeadline.getTime() < now.getTime()) {
    return refuse({ type: 'NotFound', booking: stored });
  }
  const cancelled = { ...stored, status: 'cancelled' as const, updatedAt: new Date(now.getTime()) };
  const reply = message?.render({ ...cancelled });
  await client.query(
    `UPDATE ${t.bookings} SET status = 'cancelled', updated_at = $2::timestamptz WHERE code = $1`,
    [input.code, now.toISOString()],
  );
  await releasePlace(client, t, stored.officeId, stored.slotId);
  if (!message || !reply) return { type: 'Cancelled', booking: cancelled };
  await insertReply(client, t, message.key, reply, now);
  return { type: 'Cancelled', booking: cancelled, reply };
};

/**
 * Check in an active booking at or before its deadline: one conditional UPDATE, so it cannot
 * race a cancel into both succeeding. The place stays held (checked-in bookings hold it).
 */
export const checkInWith = async (
  client: ClientLike,
  t: Tables,
  code: string,
  at: Date,
): Promise<CheckInResult> => {
  const updated = await client.query(
    `UPDATE ${t.bookings} SET status = 'checked_in', updated_at = $2::timestamptz
     WHERE code = $1 AND status = 'active' AND check_in_deadline >= $2::timestamptz
     RETURNING ${BOOKING_COLUMNS}`,
    [code, at.toISOString()],
  );
  const [done] = updated.rows;
  if (done) return { type: 'CheckedIn', booking: bookingOf(done) };
  const found = await client.query(`SELECT ${BOOKING_COLUMNS} FROM ${t.bookings} WHERE code = $1`, [code]);
  const [row] = found.rows;
  return row ? { type: 'NotActive', booking: bookingOf(row) } : { type: 'NotFound' };
};
