import { type Booking, deadlineHolds, type PurgeResult } from '@antrean/core';
import { deleteBooking, type MemoryState } from './memory-state';
import { deleteDelivery } from './outbox-record';

/** Cancelled and expired bookings (active ones past their deadline count as expired) may go. */
const isFinished = (booking: Booking, before: Date): boolean =>
  booking.status === 'cancelled' ||
  booking.status === 'expired' ||
  (booking.status === 'active' && !deadlineHolds(booking.checkInDeadline, before));

/**
 * Delete finished bookings whose session started before `before`, messages received before it
 * and bindings made before it. Checked-in bookings are the office's record and are kept, and so
 * is a message whose reply is still pending delivery (with its delivery row) until it is sent.
 */
export const purgeIn = (state: MemoryState, before: Date): PurgeResult => {
  const cutoff = before.getTime();
  let bookings = 0;
  for (const booking of [...state.bookings.values()]) {
    if (booking.startsAt.getTime() < cutoff && isFinished(booking, before)) {
      deleteBooking(state, booking);
      bookings += 1;
    }
  }
  let messages = 0;
  for (const [key, message] of [...state.messages]) {
    if (message.receivedAt.getTime() >= cutoff) continue;
    const deliveryId = message.deliveryId;
    if (deliveryId !== undefined && state.deliveries.get(deliveryId)?.state === 'pending') continue;
    if (deliveryId !== undefined) deleteDelivery(state, deliveryId);
    state.messages.delete(key);
    messages += 1;
  }
  let bindings = 0;
  for (const [phone, binding] of [...state.bindings]) {
    if (binding.boundAt.getTime() < cutoff) {
      state.bindings.delete(phone);
      bindings += 1;
    }
  }
  return { bookings, messages, bindings };
};
