import type { CancelInput, CancelResult, CheckInResult } from '@antrean/core';
import type { Connection } from './connection';
import { releasePlace } from './places';
import { findReplyIn, recordReplyIn } from './replies';
import { type BookingRow, SELECT_BOOKING, toBooking } from './rows';

const byCode = (conn: Connection, code: string): BookingRow | undefined =>
  conn.get<BookingRow>(`${SELECT_BOOKING} WHERE code = ?`, code);

const isOpenAt = (row: BookingRow, at: Date): boolean =>
  row.status === 'active' && Number(row.check_in_deadline) >= at.getTime();

/**
 * Cancel an active, unexpired booking made from `input.phone`; call inside one transaction.
 * Another number's booking is answered exactly like an unknown code, so codes cannot be probed.
 */
export const cancelIn = (conn: Connection, input: CancelInput): CancelResult => {
  const { message, now } = input;
  const duplicate = message ? findReplyIn(conn, message.key) : undefined;
  if (duplicate) return { type: 'DuplicateMessage', reply: duplicate };
  const row = byCode(conn, input.code);
  if (!row || row.phone !== input.phone) return { type: 'NotFound' };
  if (!isOpenAt(row, now)) return { type: 'NotFound', booking: toBooking(row) };
  conn.run(
    "UPDATE bookings SET status = 'cancelled', updated_at = ? WHERE code = ?",
    now.getTime(),
    row.code,
  );
  releasePlace(conn, row.office_id, row.slot_id);
  const booking = toBooking({ ...row, status: 'cancelled', updated_at: now.getTime() });
  if (!message) return { type: 'Cancelled', booking };
  const reply = recordReplyIn(conn, message.key, message.render(structuredClone(booking)), now).reply;
  return { type: 'Cancelled', booking, reply };
};

/** Check in an active booking at or before its deadline; call inside one transaction. */
export const checkInIn = (conn: Connection, code: string, at: Date): CheckInResult => {
  const row = byCode(conn, code);
  if (!row) return { type: 'NotFound' };
  if (!isOpenAt(row, at)) return { type: 'NotActive', booking: toBooking(row) };
  // A checked-in booking keeps its place, so the slot counter does not change.
  conn.run("UPDATE bookings SET status = 'checked_in', updated_at = ? WHERE code = ?", at.getTime(), code);
  return {
    type: 'CheckedIn',
    booking: toBooking({ ...row, status: 'checked_in', updated_at: at.getTime() }),
  };
};
