import type { SessionSlot } from '../domain/booking';
import type { LocalDate } from '../domain/local-date';
import type { OfficeConfig } from '../office/office-config';
import { isValidLocalDate, weekdayOf } from '../time/calendar-date';
import { zonedInstant } from '../time/zoned-time';
import { hasRoom } from '../use-cases/capacity';
import { type PlannedSession, plannedDay } from './day-plan-cache';

const MS_PER_MINUTE = 60_000;

/** The id of a session on a date: `YYYY-MM-DD@HH:MM`, stable across config reloads. */
export const slotIdOf = (date: LocalDate, start: string): string => `${date}@${start}`;

/** The day's sessions as numbers, earliest first: the Intl-free part worth remembering. */
const planDay = (office: OfficeConfig, date: LocalDate): readonly PlannedSession[] => {
  if (!isValidLocalDate(date) || office.closedDates.includes(date)) return [];
  const weekday = weekdayOf(date);
  return office.sessions
    .filter((session) => session.days.includes(weekday))
    .map((session): PlannedSession => {
      const startsAtMs = zonedInstant(date, session.start, office.timeZone).getTime();
      return {
        slotId: slotIdOf(date, session.start),
        start: session.start,
        end: session.end,
        startsAtMs,
        checkInDeadlineMs: startsAtMs - office.arriveMinutesBefore * MS_PER_MINUTE,
        capacity: session.capacity,
      };
    })
    .sort((a, b) => a.startsAtMs - b.startsAtMs);
};

/**
 * Every session the office holds on `date`, earliest first; none on closed dates. The day is
 * worked out once per office and date; each call gets fresh slots with their own Dates.
 */
export const sessionsOn = (office: OfficeConfig, date: LocalDate): readonly SessionSlot[] =>
  plannedDay(office, date, () => planDay(office, date)).map(
    (planned): SessionSlot => ({
      slotId: planned.slotId,
      date,
      start: planned.start,
      end: planned.end,
      startsAt: new Date(planned.startsAtMs),
      checkInDeadline: new Date(planned.checkInDeadlineMs),
      capacity: planned.capacity,
    }),
  );

/**
 * The sessions on `date` that take bookings at all, earliest first: a session of capacity 0 is held
 * (the desk still shows it) but closed, so a date whose sessions are all closed is a closed day.
 */
export const openSessionsOn = (office: OfficeConfig, date: LocalDate): readonly SessionSlot[] =>
  sessionsOn(office, date).filter((slot) => hasRoom(slot));

/**
 * True when the office takes bookings on `date`: not a closed date, a weekday with a session, and
 * one of them with places. The one definition of an open day (the day plan's, without its Dates).
 */
export const isOpenOn = (office: OfficeConfig, date: LocalDate): boolean =>
  plannedDay(office, date, () => planDay(office, date)).some((planned) => hasRoom(planned));

/** How far ahead a check-in deadline must be for its session to be offered, when the office does not say. */
export const DEFAULT_MINIMUM_LEAD_MINUTES = 30;

/**
 * True when `slot` may still be offered at `now`: its check-in deadline is at least the office's
 * `minimumLeadMinutes` (default 30) ahead. A booking with a minute left to arrive helps nobody.
 */
export const isOffered = (slot: SessionSlot, now: Date, office: OfficeConfig): boolean =>
  slot.checkInDeadline.getTime() - now.getTime() >=
  (office.minimumLeadMinutes ?? DEFAULT_MINIMUM_LEAD_MINUTES) * MS_PER_MINUTE;

/** The open sessions on `date` that can still be booked at `now` (see `isOffered`), earliest first. */
export const bookableSessions = (office: OfficeConfig, date: LocalDate, now: Date): readonly SessionSlot[] =>
  openSessionsOn(office, date).filter((slot) => isOffered(slot, now, office));
