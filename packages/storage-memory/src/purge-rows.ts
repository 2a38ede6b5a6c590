import type { Booking, PurgeResult, PurgeThresholds } from '@antrean/core';
import { releasePlace } from './held-places';
import type { MemoryState } from './memory-tables';
import { deleteDelivery } from './outbox-record';
import { putBooking, setEntry, type UndoLog } from './undo-log';

/** Cancelled and expired bookings, and active ones whose deadline is before the core's threshold. */
const finished = (booking: Booking, lapsedBefore: Date): boolean =>
  booking.status === 'cancelled' ||
  booking.status === 'expired' ||
  (booking.status === 'active' && booking.checkInDeadline.getTime() < lapsedBefore.getTime());

/**
 * Delete what the thresholds name. Checked-in bookings are the office's record and are kept, and
 * so is a message whose reply is still pending delivery (with its delivery row) until it is sent.
 */
export const purgeRowsIn = (undo: UndoLog, state: MemoryState, limits: PurgeThresholds): PurgeResult => {
  let bookings = 0;
  for (const booking of [...state.bookings.values()]) {
    if (
      booking.startsAt.getTime() < limits.sessionBefore.getTime() &&
      finished(booking, limits.lapsedBefore)
    ) {
      releasePlace(undo, state, booking);
      putBooking(undo, state, booking.code, undefined);
      bookings += 1;
    }
  }
  let messages = 0;
  for (const [key, message] of [...state.messages]) {
    if (message.receivedAt.getTime() >= limits.messagesBefore.getTime()) continue;
    const deliveryId = message.deliveryId;
    if (deliveryId !== undefined && state.deliveries.get(deliveryId)?.state === 'pending') continue;
    if (deliveryId !== undefined) deleteDelivery(undo, state, deliveryId);
    setEntry(undo, state.messages, key, undefined);
    messages += 1;
  }
  let bindings = 0;
  for (const [phone, binding] of [...state.bindings]) {
    if (binding.boundAt.getTime() < limits.bindingsBefore.getTime()) {
      setEntry(undo, state.bindings, phone, undefined);
      bindings += 1;
    }
  }
  return { bookings, messages, bindings };
};
