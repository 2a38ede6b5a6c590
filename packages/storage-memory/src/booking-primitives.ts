import type { Booking, LedgerPrimitives } from '@antrean/core';
import { ConcurrentChange } from '@antrean/core';
import { holdPlace, releasePlace, takePlaceIn } from './held-places';
import { bookingsIn, messageKeyOf } from './memory-state';
import type { MemoryState } from './memory-tables';
import { recordReplyIn } from './outbox-record';
import { bookingCopy } from './row-copies';
import { putBooking, setEntry, type UndoLog } from './undo-log';

/** The primitives that read and write bookings, bindings and replies. */
export type BookingPrimitives = Pick<
  LedgerPrimitives,
  | 'reserveFacts'
  | 'findReply'
  | 'findBooking'
  | 'lapsedBookings'
  | 'changeStatus'
  | 'takePlace'
  | 'writeBooking'
  | 'recordReply'
>;

/** The applicant's `active` bookings, oldest first (the index keeps insertion order). */
const activeOf = (state: MemoryState, applicantKey: string): Booking[] =>
  bookingsIn(state, state.activeByApplicant.get(applicantKey));

/**
 * The booking primitives over the state, each write recording its undo step. Bookings are copied
 * in and out, replies frozen once when written, so no caller holds a stored row.
 */
export const bookingPrimitives = (state: MemoryState, undo: UndoLog): BookingPrimitives => ({
  reserveFacts: async ({ key, applicantKey, phone, code }) => {
    const reply = key ? state.messages.get(messageKeyOf(key))?.reply : undefined;
    const [active] = activeOf(state, applicantKey);
    const binding = state.bindings.get(phone);
    return {
      ...(reply ? { reply } : {}),
      ...(active ? { active: bookingCopy(active) } : {}),
      ...(binding ? { binding: { ...binding, boundAt: new Date(binding.boundAt) } } : {}),
      codeTaken: state.bookings.has(code),
    };
  },
  findReply: async (key) => state.messages.get(messageKeyOf(key))?.reply,
  findBooking: async (code) => {
    const booking = state.bookings.get(code);
    return booking && bookingCopy(booking);
  },
  lapsedBookings: async ({ before, officeId, limit }) => {
    const lapsed: Booking[] = [];
    for (const codes of state.activeByApplicant.values()) {
      for (const booking of bookingsIn(state, codes)) {
        if (lapsed.length >= limit) return lapsed;
        if (officeId !== undefined && booking.officeId !== officeId) continue;
        // `before` is the core's threshold; the store only compares against it.
        if (booking.checkInDeadline.getTime() < before.getTime()) lapsed.push(bookingCopy(booking));
      }
    }
    return lapsed;
  },
  changeStatus: async ({ codes, from, to, at, release }) =>
    [...new Set(codes)].flatMap((code) => {
      const stored = state.bookings.get(code);
      if (stored?.status !== from) return [];
      const changed = { ...bookingCopy(stored), status: to, updatedAt: new Date(at) };
      putBooking(undo, state, code, changed);
      if (release) releasePlace(undo, state, changed);
      return [bookingCopy(changed)];
    }),
  takePlace: async (officeId, slot) => takePlaceIn(undo, state, officeId, slot),
  writeBooking: async ({ booking, binding, reply }) => {
    const bound = state.bindings.get(binding.phone);
    if (
      bound &&
      bound.applicantKey !== binding.applicantKey &&
      bound.boundAt.getTime() >= binding.replaceBefore.getTime()
    )
      return false;
    // A unique key taken: the engines' conflict, so the use case runs again on fresh rows.
    if (state.bookings.has(booking.code)) throw new ConcurrentChange(`code ${booking.code} is taken`);
    if (booking.status === 'active' && activeOf(state, booking.applicantKey).length > 0)
      throw new ConcurrentChange(`applicant ${booking.applicantKey} has an active booking`);
    if (reply && state.messages.has(messageKeyOf(reply.key)))
      throw new ConcurrentChange('the message was answered meanwhile');
    putBooking(undo, state, booking.code, bookingCopy(booking));
    holdPlace(undo, state, booking.code);
    setEntry(undo, state.bindings, binding.phone, {
      applicantKey: binding.applicantKey,
      boundAt: new Date(binding.at),
    });
    if (reply) recordReplyIn(undo, state, reply);
    return true;
  },
  recordReply: async (record) => recordReplyIn(undo, state, record),
});
