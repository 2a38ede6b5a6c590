import { type Booking, type CancelInput, type CancelResult, deadlineHolds } from '@antrean/core';
import { type MemoryState, writeBooking } from './memory-state';
import { recordedReply, recordReplyIn } from './reserve';
import { bookingCopy } from './row-copies';

/** True for a booking that is active and has not lapsed at `activeFrom` (core `deadlineHolds`). */
export const isLive = (booking: Booking, activeFrom: Date): boolean =>
  booking.status === 'active' && deadlineHolds(booking.checkInDeadline, activeFrom);

/**
 * Cancel an active, unlapsed booking of the office made from `input.phone`. A booking of another
 * number or office is reported exactly like an unknown code, so codes cannot be probed.
 */
export const cancelIn = (state: MemoryState, input: CancelInput): CancelResult => {
  const { message, now } = input;
  const duplicate = message ? recordedReply(state, message.key) : undefined;
  if (duplicate) return { type: 'DuplicateMessage', reply: duplicate };
  const stored = state.bookings.get(input.code);
  if (!stored || stored.officeId !== input.officeId || stored.phone !== input.phone)
    return { type: 'NotFound' };
  if (!isLive(stored, input.activeFrom)) return { type: 'NotFound', booking: bookingCopy(stored) };
  const cancelled = bookingCopy({ ...stored, status: 'cancelled' as const, updatedAt: now });
  const reply = message ? message.render(bookingCopy(cancelled)) : undefined;
  writeBooking(state, cancelled);
  if (!message || !reply) return { type: 'Cancelled', booking: bookingCopy(cancelled) };
  return {
    type: 'Cancelled',
    booking: bookingCopy(cancelled),
    reply: recordReplyIn(state, message.key, reply, now, message.delivery).reply,
  };
};
