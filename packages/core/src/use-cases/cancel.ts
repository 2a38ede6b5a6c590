import { deadlineHolds } from '../expiry/active-from';
import type { CancelInput, CancelResult } from '../ports/booking-ledger';
import type { LedgerPrimitives } from '../ports/store-primitives';
import { ConcurrentChange } from '../ports/transactor';

/**
 * Cancel an active, unlapsed booking of the office made from `input.phone`, freeing its place,
 * with the message's reply recorded in the same transaction. Another number's or office's booking
 * is reported exactly like an unknown code, so codes cannot be probed.
 */
export const cancelOver = async (tx: LedgerPrimitives, input: CancelInput): Promise<CancelResult> => {
  const { message, now } = input;
  const duplicate = message ? await tx.findReply(message.key) : undefined;
  if (duplicate) return { type: 'DuplicateMessage', reply: duplicate };
  const stored = await tx.findBooking(input.code);
  if (!stored || stored.officeId !== input.officeId || stored.phone !== input.phone)
    return { type: 'NotFound' };
  if (stored.status !== 'active' || !deadlineHolds(stored.checkInDeadline, input.activeFrom))
    return { type: 'NotFound', booking: stored };
  const cancelled = { ...stored, status: 'cancelled' as const, updatedAt: new Date(now.getTime()) };
  // Rendered before the write, so a throwing renderer changes nothing.
  const reply = message?.render({ ...cancelled });
  const [changed] = await tx.changeStatus({
    codes: [stored.code],
    from: 'active',
    to: 'cancelled',
    at: now,
    release: true,
  });
  if (!changed) throw new ConcurrentChange(`booking ${stored.code} changed while it was being cancelled`);
  if (!message || !reply) return { type: 'Cancelled', booking: changed };
  const first = await tx.recordReply({
    key: message.key,
    reply,
    at: now,
    ...(message.delivery ? { delivery: message.delivery } : {}),
  });
  if (!first) throw new ConcurrentChange('the message was answered meanwhile');
  return { type: 'Cancelled', booking: changed, reply };
};
