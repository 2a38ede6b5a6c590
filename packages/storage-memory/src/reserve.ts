import {
  bookingInSlot,
  type MessageKey,
  type RecordedReply,
  type Reply,
  type ReserveInput,
  type ReserveResult,
} from '@antrean/core';
import { bookingsIn, copyOf, type MemoryState, messageKeyOf, slotKeyOf, writeBooking } from './memory-state';

/** The reply already recorded for a message, as a copy. */
export const recordedReply = (state: MemoryState, key: MessageKey): Reply | undefined => {
  const stored = state.messages.get(messageKeyOf(key));
  return stored ? copyOf(stored.reply) : undefined;
};

/** Record a message's reply unless one is there; the reply in force is returned either way. */
export const recordReplyIn = (state: MemoryState, key: MessageKey, reply: Reply, at: Date): RecordedReply => {
  const existing = recordedReply(state, key);
  if (existing) return { reply: existing, first: false };
  state.messages.set(messageKeyOf(key), { reply: copyOf(reply), receivedAt: new Date(at) });
  return { reply: copyOf(reply), first: true };
};

/** Mark the applicant's active bookings whose check-in deadline is before `now` as expired. */
export const expireLapsed = (state: MemoryState, applicantKey: string, now: Date): void => {
  for (const booking of bookingsIn(state, state.activeByApplicant.get(applicantKey))) {
    if (booking.checkInDeadline.getTime() < now.getTime()) {
      writeBooking(state, { ...booking, status: 'expired', updatedAt: new Date(now) });
    }
  }
};

/** Places taken in one office's slot. */
export const heldIn = (state: MemoryState, officeId: string, slotId: string): number =>
  state.heldBySlot.get(slotKeyOf(officeId, slotId))?.size ?? 0;

const isBoundElsewhere = (state: MemoryState, input: ReserveInput): boolean => {
  const binding = state.bindings.get(input.booking.phone);
  return (
    binding !== undefined &&
    binding.applicantKey !== input.booking.applicantKey &&
    binding.boundAt.getTime() >= input.bindingSince.getTime()
  );
};

/**
 * The whole reservation, synchronously: checks and writes run without an await between them,
 * so concurrent callers are serialised by the event loop. `render` runs before any booking
 * write, so a throwing renderer leaves no booking behind.
 */
export const reserveIn = (state: MemoryState, input: ReserveInput): ReserveResult => {
  const { booking: draft, now, message } = input;
  const duplicate = message ? recordedReply(state, message.key) : undefined;
  if (duplicate) return { type: 'DuplicateMessage', reply: duplicate };
  expireLapsed(state, draft.applicantKey, now);
  const [existing] = bookingsIn(state, state.activeByApplicant.get(draft.applicantKey));
  if (existing) return { type: 'ApplicantHasBooking', existing: copyOf(existing) };
  if (isBoundElsewhere(state, input)) return { type: 'NumberBound' };
  if (state.bookings.has(draft.code)) return { type: 'CodeTaken' };
  const slot = input.candidates.find((c) => heldIn(state, draft.officeId, c.slotId) < c.capacity);
  if (!slot) return { type: 'SessionsFull' };
  const booking = bookingInSlot(draft, slot, now);
  const reply = message ? message.render(copyOf(booking)) : undefined;
  writeBooking(state, booking);
  state.bindings.set(draft.phone, { applicantKey: draft.applicantKey, boundAt: new Date(now) });
  if (!message || !reply) return { type: 'Reserved', booking: copyOf(booking) };
  return {
    type: 'Reserved',
    booking: copyOf(booking),
    reply: recordReplyIn(state, message.key, reply, now).reply,
  };
};
