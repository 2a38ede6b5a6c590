import type { Booking } from '../domain/booking';
import type { LocalDate } from '../domain/local-date';
import type { OfficeConfig } from '../office/office-config';
import { formatLocalTime, formatOffsetIso, weekdayOf, zonedInstant } from '../time';

/** A booking's schedule as outcomes carry it: instants with the office's offset. */
export interface BookingSchedule {
  readonly date: LocalDate;
  readonly sessionStart: string;
  readonly sessionEnd?: string;
  readonly checkInDeadline: string;
}

/** A few weeks of sessions per office; a full table is dropped and refilled, so memory stays flat. */
const MAX_SCHEDULES_PER_OFFICE = 1_024;

/** Keyed by the config object itself: a reloaded config is a new object and starts afresh. */
const schedulesByOffice = new WeakMap<OfficeConfig, Map<string, BookingSchedule>>();

/**
 * The end of a booking's session, found again in the office's sessions (bookings store only the
 * start). Undefined when the office no longer runs a session starting then: the reply omits it.
 */
function sessionEndOf(booking: Booking, office: OfficeConfig): string | undefined {
  const start = formatLocalTime(booking.startsAt, office.timeZone);
  const weekday = weekdayOf(booking.date);
  const session = office.sessions.find((s) => s.start === start && s.days.includes(weekday));
  if (session === undefined) return undefined;
  return formatOffsetIso(zonedInstant(booking.date, session.end, office.timeZone), office.timeZone);
}

/** The schedule computed afresh: what the cache must always agree with. */
export function uncachedSchedule(booking: Booking, office: OfficeConfig): BookingSchedule {
  const sessionEnd = sessionEndOf(booking, office);
  return {
    date: booking.date,
    sessionStart: formatOffsetIso(booking.startsAt, office.timeZone),
    ...(sessionEnd === undefined ? {} : { sessionEnd }),
    checkInDeadline: formatOffsetIso(booking.checkInDeadline, office.timeZone),
  };
}

/**
 * The booking's schedule, computed once per office, date, start and deadline and remembered
 * after: every booking of a session shares it. Office configs are readonly values (never changed
 * in place), so a remembered schedule is always right.
 */
export function bookingSchedule(booking: Booking, office: OfficeConfig): BookingSchedule {
  let schedules = schedulesByOffice.get(office);
  if (schedules === undefined) {
    schedules = new Map();
    schedulesByOffice.set(office, schedules);
  }
  const key = `${booking.date}|${booking.startsAt.getTime()}|${booking.checkInDeadline.getTime()}`;
  let schedule = schedules.get(key);
  if (schedule === undefined) {
    schedule = Object.freeze(uncachedSchedule(booking, office));
    if (schedules.size >= MAX_SCHEDULES_PER_OFFICE) schedules.clear();
    schedules.set(key, schedule);
  }
  return schedule;
}
