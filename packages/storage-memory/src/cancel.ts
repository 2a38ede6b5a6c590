import type { CancelInput, CancelResult, CheckInResult } from '@antrean/core';
import { copyOf, type MemoryState, writeBooking } from './memory-state';
import { recordedReply, recordReplyIn } from './reserve';

const isOpenAt = (deadline: Date, now: Date): boolean => deadline.getTime() >= now.getTime();

/**
 * Cancel an active, unexpired booking made from `input.phone`. A booking of another number is
 * reported exactly like an unknown code, so codes cannot be probed.
 */
export const cancelIn = (state: MemoryState, input: CancelInput): CancelResult => {
  const { message, now } = input;
  const duplicate = message ? recordedReply(state, message.key) : undefined;
  if (duplicate) return { type: 'DuplicateMessage', reply: duplicate };
  const stored = state.bookings.get(input.code);
  if (!stored || stored.phone !== input.phone) return { type: 'NotFound' };
  if (stored.status !== 'active' || !isOpenAt(stored.checkInDeadline, now)) {
    return { type: 'NotFound', booking: copyOf(stored) };
  }
  const cancelled = copyOf({ ...stored, status: 'cancelled' as const, updatedAt: now });
  const reply = message ? message.render(copyOf(cancelled)) : undefined;
  writeBooking(state, cancelled);
  if (!message || !reply) return { type: 'Cancelled', booking: copyOf(cancelled) };
  return {
    type: 'Cancelled',
    booking: copyOf(cancelled),
    reply: recordReplyIn(state, message.key, reply, now).reply,
  };
};

/** Check in an active booking at or before its deadline. */
export const checkInIn = (state: MemoryState, code: string, at: Date): CheckInResult => {
  const stored = state.bookings.get(code);
  if (!stored) return { type: 'NotFound' };
  if (stored.status !== 'active' || !isOpenAt(stored.checkInDeadline, at)) {
    return { type: 'NotActive', booking: copyOf(stored) };
  }
  const checkedIn = copyOf({ ...stored, status: 'checked_in' as const, updatedAt: at });
  writeBooking(state, checkedIn);
  return { type: 'CheckedIn', booking: copyOf(checkedIn) };
};
