import { err, ok, type Result } from 'neverthrow';
import { isOffered, openSessionsOn } from '../allocation/sessions-on-date';
import type { SessionSlot } from '../domain/booking';
import type { LocalDate } from '../domain/local-date';
import type { Rejection } from '../domain/rejection';
import type { OfficeConfig } from '../office/office-config';
import { isValidLocalDate } from '../time/calendar-date';
import { localDateOf } from '../time/zoned-time';
import { lastBookableDate } from './booking-horizon';

/**
 * An arrival date must be today or later in the office's zone, within the booking horizon
 * (`lastBookableDate`), a day the office is open (`openSessionsOn`: capacity 0 closes a session),
 * and have a session still offered (`isOffered`: its check-in deadline at least
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
  const lastDate = lastBookableDate(office, today);
  if (date > lastDate) return err({ type: 'ArrivalDateTooFar', date, lastDate });
  const sessions = openSessionsOn(office, date);
  if (sessions.length === 0) return err({ type: 'OfficeClosed', date, nextDates: [] });
  const bookable = sessions.filter((slot) => isOffered(slot, now, office));
  // Every deadline passed or too close: usually today, late in the day.
  if (bookable.length === 0) return err({ type: 'ArrivalDateInPast', date, today });
  return ok(bookable);
};
