import type { MarkCheckedInInput, MarkCheckedInResult } from '@antrean/core';
import type { Connection } from './connection';
import { byOfficeCode } from './queries';
import { BOOKING_COLUMNS, type BookingRow, toBooking } from './rows';

/**
 * Check in the office's booking if it is active at `activeFrom`: one conditional UPDATE, so a
 * cancel cannot slip between the check and the write. Whether the window has opened is the
 * core's rule, checked before. A checked-in booking keeps its place: the counter stays.
 */
export const markCheckedInIn = (conn: Connection, input: MarkCheckedInInput): MarkCheckedInResult => {
  const [row] = conn.all<BookingRow>(
    `UPDATE bookings SET status = 'checked_in', updated_at = ?
     WHERE office_id = ? AND code = ? AND status = 'active' AND check_in_deadline >= ?
     RETURNING ${BOOKING_COLUMNS}`,
    input.at.getTime(),
    input.officeId,
    input.code,
    input.activeFrom.getTime(),
  );
  if (row) return { type: 'CheckedIn', booking: toBooking(row) };
  const stored = byOfficeCode(conn, input.officeId, input.code);
  return stored ? { type: 'Unchanged', booking: stored } : { type: 'Unchanged' };
};
