import type { LocalDate } from '../domain/local-date';
import type { OfficeConfig } from '../office/office-config';
import type { SlotCounts } from '../ports/booking-ledger';
import { lastBookableDate } from '../rules/booking-horizon';
import { addDays, daysBetween } from '../time/calendar-date';
import { localDateOf } from '../time/zoned-time';
import { hasPlaceLeft } from './allocate-slot';
import { bookableSessions } from './sessions-on-date';

/** Every date from today (office-local) to the last bookable day: the dates to count places on. */
export const horizonDates = (office: OfficeConfig, now: Date): readonly LocalDate[] => {
  const today = localDateOf(now, office.timeZone);
  const days = daysBetween(today, lastBookableDate(office, today)) + 1;
  return Array.from({ length: days }, (_, n) => addDays(today, n));
};

/**
 * Up to `limit` dates after `after` (exclusive) and within the horizon that are open and still
 * have a bookable session with a place left: what a refusal offers instead.
 */
export const nextDatesWithRoom = (
  office: OfficeConfig,
  after: LocalDate,
  now: Date,
  counts: SlotCounts,
  limit = 3,
): readonly LocalDate[] => {
  const found: LocalDate[] = [];
  for (const date of horizonDates(office, now)) {
    if (found.length >= limit) break;
    if (!(daysBetween(after, date) > 0)) continue;
    if (bookableSessions(office, date, now).some((slot) => hasPlaceLeft(slot, counts))) found.push(date);
  }
  return found;
};
