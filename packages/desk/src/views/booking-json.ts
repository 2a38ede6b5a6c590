import { type Booking, displayCode, formatLocalTime, type OfficeConfig } from '@antrean/core';
import { sessionsOfDate } from './office-sessions';

/** A booking as the API shows it: the code as printed, the session in the office's local time. */
export interface BookingJson {
  readonly code: string;
  readonly name: string;
  readonly birthDate: string;
  readonly applicationType: string;
  readonly date: string;
  readonly session: { readonly start: string; readonly end: string };
  readonly status: string;
}

/** The session's end from the office's config (the session starting at the booking's time on its date). */
const sessionEnd = (booking: Booking, office: OfficeConfig, start: string): string =>
  sessionsOfDate(office, booking.date).find((session) => session.start === start)?.end ?? '';

/** `booking` for the API; `status` is the state at `now` when given (a lapsed code shows `expired`). */
export function bookingJson(
  booking: Booking,
  office: OfficeConfig,
  status: string = booking.status,
): BookingJson {
  const start = formatLocalTime(booking.startsAt, office.timeZone);
  return {
    code: displayCode(booking.code),
    name: booking.applicant.name,
    birthDate: booking.applicant.birthDate,
    applicationType: booking.applicationType,
    date: booking.date,
    session: { start, end: sessionEnd(booking, office, start) },
    status,
  };
}
