import {
  allocateSlot,
  bookingInSlot,
  checkNumberBinding,
  deadlineHolds,
  type MessageKey,
  type RecordedReply,
  type Reply,
  type ReplyDelivery,
  type ReserveInput,
  type ReserveResult,
  type SessionSlot,
  type SlotCounts,
} from '@antrean/core';
import { bookingsIn, type MemoryState, messageKeyOf, slotKeyOf, writeBooking } from './memory-state';
import { addDelivery } from './outbox-record';
import { bookingCopy, frozenReply } from './row-copies';

/** The reply already recorded for a message, as a copy. */
export const recordedReply = (state: MemoryState, key: MessageKey): Reply | undefined => {
  const stored = state.messages.get(messageKeyOf(key));
  return stored ? stored.reply : undefined;
};

/**
 * Record a message's reply unless one is there; the reply in force is returned either way. With
 * `delivery`, a first recording also queues the reply as pending delivery (a redelivery queues nothing).
 */
export const recordReplyIn = (
  state: MemoryState,
  key: MessageKey,
  reply: Reply,
  at: Date,
  delivery?: ReplyDelivery,
): RecordedReply => {
  const existing = recordedReply(state, key);
  if (existing) return { reply: existing, first: false };
  const receivedAt = new Date(at);
  const stored = frozenReply(reply);
  const deliveryId = delivery ? addDelivery(state, key, delivery, stored.text, at) : undefined;
  state.messages.set(
    messageKeyOf(key),
    deliveryId === undefined ? { reply: stored, receivedAt } : { reply: stored, receivedAt, deliveryId },
  );
  return { reply: stored, first: true };
};

/** Mark the applicant's active bookings whose deadline has lapsed at `activeFrom` as expired at `now`. */
export const expireLapsed = (state: MemoryState, applicantKey: string, activeFrom: Date, now: Date): void => {
  for (const booking of bookingsIn(state, state.activeByApplicant.get(applicantKey))) {
    if (!deadlineHolds(booking.checkInDeadline, activeFrom)) {
      writeBooking(state, { ...booking, status: 'expired', updatedAt: new Date(now) });
    }
  }
};

/** Places taken in each candidate slot of one office, the counts core `allocateSlot` reads. */
const candidateCounts = (
  state: MemoryState,
  officeId: string,
  candidates: readonly SessionSlot[],
): SlotCounts =>
  new Map(
    candidates.map((slot) => [
      slot.slotId,
      state.heldBySlot.get(slotKeyOf(officeId, slot.slotId))?.size ?? 0,
    ]),
  );

/**
 * The whole reservation, in the order `BookingLedger.reserve` promises, synchronously: checks and
 * writes run without an await between them, so concurrent callers are serialised by the event
 * loop. The rules are the core's own functions. `render` runs before any booking write, so a
 * throwing renderer leaves no booking behind.
 */
export const reserveIn = (state: MemoryState, input: ReserveInput): ReserveResult => {
  const { booking: draft, now, message } = input;
  const duplicate = message ? recordedReply(state, message.key) : undefined;
  if (duplicate) return { type: 'DuplicateMessage', reply: duplicate };
  expireLapsed(state, draft.applicantKey, input.activeFrom, now);
  const [existing] = bookingsIn(state, state.activeByApplicant.get(draft.applicantKey));
  if (existing) return { type: 'ApplicantHasBooking', existing: bookingCopy(existing) };
  const binding = state.bindings.get(draft.phone);
  if (checkNumberBinding(binding, draft.applicantKey, input.bindingSince).isErr())
    return { type: 'NumberBound' };
  if (state.bookings.has(draft.code)) return { type: 'CodeTaken' };
  const slot = allocateSlot(input.candidates, candidateCounts(state, draft.officeId, input.candidates));
  if (slot.isErr()) return { type: 'SessionsFull' };
  const booking = bookingInSlot(draft, slot.value, now);
  const reply = message ? message.render(bookingCopy(booking)) : undefined;
  writeBooking(state, booking);
  state.bindings.set(draft.phone, { applicantKey: draft.applicantKey, boundAt: new Date(now) });
  if (!message || !reply) return { type: 'Reserved', booking: bookingCopy(booking) };
  return {
    type: 'Reserved',
    booking: bookingCopy(booking),
    reply: recordReplyIn(state, message.key, reply, now, message.delivery).reply,
  };
};
