import { err, ok, type Result } from 'neverthrow';
import { isOffered, sessionsOn } from '../allocation/sessions-on-date';
import type { SessionSlot } from '../domain/booking';
import type { LocalDate } from '../domain/local-date';
import type { Rejection } from '../domain/rejection';
import type { OfficeConfig } from '../office/office-config';
import { addDays, isValidLocalDate } from '../time/calendar-date';
import { localDateOf } from '../time/zoned-time';

/**
 * An arrival date must be today or later in the office's zone, within the booking horizon, a day
 * the office is open, and have a session still offered (`isOffered`: its check-in deadline at least
 * `minimumLeadMinutes` ahead). Returns those sessions, earliest first. Checked in that order, so a
 * past date that is also closed is `ArrivalDateInPast`. `OfficeClosed.nextDates` is left empty: the
 * service fills it in.
 */
export const checkArrivalDate = (
  date: LocalDate,
  now: Date,
  office: OfficeConfig,
): Result<readonly SessionSlot[], Rejection> => {
  if (!isValidLocalDate(date)) return err({ type: 'InvalidArrivalDate', problem: 'impossible' });
  const today = localDateOf(now, office.timeZone);
  if (date < today) return err({ type: 'ArrivalDateInPast', date, today });
  const lastDate = addDays(today, office.bookingHorizonDays);
  if (date > lastDate) return err({ type: 'ArrivalDateTooFar', date, lastDate });
  const sessions = sessionsOn(office, date);
  if (sessions.length === 0) return err({ type: 'OfficeClosed', date, nextDates: [] });
  const bookable = sessions.filter((slot) => isOffered(slot, now, office));
  // Every deadline passed or too close: usually today, late in the day.
  if (bookable.length === 0) return err({ type: 'ArrivalDateInPast', date, today });
  return ok(bookable);
};
