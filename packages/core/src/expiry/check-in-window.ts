import type { Booking } from '../domain/booking';
import type { OfficeConfig } from '../office/office-config';
import { localDateOf, zonedInstant } from '../time';

/** When the counter may check a booking in: from `opensAt` through `closesAt`, both inclusive. */
export interface CheckInWindow {
  readonly opensAt: Date;
  readonly closesAt: Date;
}

/** What the window needs of a booking. */
export type WindowTiming = Pick<Booking, 'startsAt' | 'checkInDeadline'>;

/**
 * The check-in window of a booking: it opens `checkInOpensMinutesBefore` before the session starts,
 * but never before the start of the local day the check-in deadline falls on (a code is not
 * checked in days, or the evening before, ahead), and closes at the check-in deadline.
 */
export const checkInWindow = (booking: WindowTiming, office: OfficeConfig): CheckInWindow => {
  const earliest = booking.startsAt.getTime() - office.checkInOpensMinutesBefore * 60_000;
  const deadlineDay = localDateOf(booking.checkInDeadline, office.timeZone);
  const dayStart = zonedInstant(deadlineDay, '00:00', office.timeZone).getTime();
  return {
    opensAt: new Date(Math.max(earliest, dayStart)),
    closesAt: new Date(booking.checkInDeadline.getTime()),
  };
};
