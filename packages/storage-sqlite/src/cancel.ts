import type { CancelInput, CancelResult } from '@antrean/core';
import type { Connection } from './connection';
import { releasePlace } from './places';
import { byOfficeCode } from './queries';
import { findReplyIn, recordWriteReply } from './replies';
import { BOOKING_COLUMNS, type BookingRow, toBooking } from './rows';

/**
 * Cancel the office's booking made from `input.phone` if it is active at `activeFrom` (the core's
 * threshold); call inside one transaction. One conditional UPDATE decides it. Another number's
 * or another office's booking is answered exactly like an unknown code, so codes cannot be probed.
 */
export const cancelIn = (conn: Connection, input: CancelInput): CancelResult => {
  const { message, now } = input;
  const duplicate = message ? findReplyIn(conn, message.key) : undefined;
  if (duplicate) return { type: 'DuplicateMessage', reply: duplicate };
  const [row] = conn.all<BookingRow>(
    `UPDATE bookings SET status = 'cancelled', updated_at = ?
     WHERE office_id = ? AND code = ? AND phone = ? AND status = 'active' AND check_in_deadline >= ?
     RETURNING ${BOOKING_COLUMNS}`,
    now.getTime(),
    input.officeId,
    input.code,
    input.phone,
    input.activeFrom.getTime(),
  );
  if (!row) {
    const stored = byOfficeCode(conn, input.officeId, input.code);
    return stored?.phone === input.phone ? { type: 'NotFound', booking: stored } : { type: 'NotFound' };
  }
  releasePlace(conn, row.office_id, row.slot_id);
  const booking = toBooking(row);
  if (!message) return { type: 'Cancelled', booking };
  const reply = recordWriteReply(conn, message, booking, now);
  return { type: 'Cancelled', booking, reply };
};
