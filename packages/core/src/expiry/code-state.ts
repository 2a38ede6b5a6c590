import type { Booking } from '../domain/booking';
import type { CodeState } from '../domain/outcome';
import { activeFrom, deadlineHolds } from './active-from';

/** What `codeState` needs of a booking. */
export type BookingTiming = Pick<Booking, 'status' | 'checkInDeadline'>;

/**
 * The state of a booking code at `now`. The applicant may check in at the deadline instant
 * itself; one millisecond later an active code is expired ("hangus") and its holder may book again.
 */
export const codeState = (booking: BookingTiming, now: Date): CodeState => {
  switch (booking.status) {
    case 'cancelled':
      return 'cancelled';
    case 'checked_in':
      return 'checked_in';
    case 'expired':
      return 'expired';
    case 'active':
      return deadlineHolds(booking.checkInDeadline, activeFrom(now)) ? 'active' : 'expired';
  }
};

/** True when the code still admits its holder at `now`. */
export const isActiveAt = (booking: BookingTiming, now: Date): boolean =>
  codeState(booking, now) === 'active';
