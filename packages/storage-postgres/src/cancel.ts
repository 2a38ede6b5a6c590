import type { CancelInput, CancelResult } from '@antrean/core';
import { releaseSql } from './places';
import type { ClientLike } from './pool-like';
import { runNamed } from './prepared';
import { findByCodeWith } from './queries';
import { findReplyWith, insertReply } from './replies';
import { BOOKING_COLUMNS, bookingOf } from './rows';
import type { Tables } from './tables';

/**
 * Cancel the office's booking made from `input.phone` if it is active at `activeFrom` (the core's
 * threshold), in the caller's transaction. One conditional UPDATE decides and gives the place
 * back: a concurrent check-in or cancel of the same code waits on the row lock, then finds the
 * changed row no longer matching, so exactly one of them wins. Another number's or another
 * office's booking is reported exactly like an unknown code, so codes cannot be probed.
 */
export const cancelWith = async (
  client: ClientLike,
  t: Tables,
  input: CancelInput,
): Promise<CancelResult> => {
  const { message, now } = input;
  const duplicate = message ? await findReplyWith(client, t, message.key) : undefined;
  if (duplicate) return { type: 'DuplicateMessage', reply: duplicate };

  const updated = await runNamed(
    client,
    `WITH released AS (
       UPDATE ${t.bookings} SET status = 'cancelled', updated_at = $5::timestamptz
       WHERE office_id = $1 AND code = $2 AND phone = $3
         AND status = 'active' AND check_in_deadline >= $4::timestamptz
       RETURNING *
     ),
     freed AS (${releaseSql(t)})
     SELECT ${BOOKING_COLUMNS} FROM released`,
    [input.officeId, input.code, input.phone, input.activeFrom.toISOString(), now.toISOString()],
  );
  const [row] = updated.rows;
  if (!row) {
    // A concurrent delivery of this message may have committed while we waited on the row.
    const late = message ? await findReplyWith(client, t, message.key) : undefined;
    if (late) return { type: 'DuplicateMessage', reply: late };
    const stored = await findByCodeWith(client, t, input.officeId, input.code);
    return stored?.phone === input.phone ? { type: 'NotFound', booking: stored } : { type: 'NotFound' };
  }
  const booking = bookingOf(row);
  if (!message) return { type: 'Cancelled', booking };
  // A throwing renderer fails the transaction, so the cancellation is rolled back with it.
  const reply = message.render(bookingOf(row));
  await insertReply(client, t, message, reply, now);
  return { type: 'Cancelled', booking, reply };
};
