import type { MarkCheckedInInput, MarkCheckedInResult } from '@antrean/core';
import type { ClientLike } from './pool-like';
import { runNamed } from './prepared';
import { findByCodeWith } from './queries';
import { BOOKING_COLUMNS, bookingOf } from './rows';
import type { Tables } from './tables';

/**
 * Check in the office's booking if it is active at `activeFrom`: one conditional UPDATE, so it
 * cannot race a cancel into both succeeding. Whether the window has opened is the core's rule,
 * checked before. The place stays held (checked-in bookings hold it).
 */
export const markCheckedInWith = async (
  client: ClientLike,
  t: Tables,
  input: MarkCheckedInInput,
): Promise<MarkCheckedInResult> => {
  const updated = await runNamed(
    client,
    `UPDATE ${t.bookings} SET status = 'checked_in', updated_at = $3::timestamptz
     WHERE office_id = $1 AND code = $2 AND status = 'active' AND check_in_deadline >= $4::timestamptz
     RETURNING ${BOOKING_COLUMNS}`,
    [input.officeId, input.code, input.at.toISOString(), input.activeFrom.toISOString()],
  );
  const [done] = updated.rows;
  if (done) return { type: 'CheckedIn', booking: bookingOf(done) };
  const stored = await findByCodeWith(client, t, input.officeId, input.code);
  return stored ? { type: 'Unchanged', booking: stored } : { type: 'Unchanged' };
};
