import type { LocalDate } from '../domain/local-date';
import type { Weekday } from '../office/office-config';

const MS_PER_DAY = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Index 0 is Sunday, as `Date#getUTCDay` counts. */
const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/**
 * Day number (days since 1970-01-01) of a `YYYY-MM-DD` string, or undefined for an impossible date.
 * Works on UTC midnights only, so the machine's own time zone never leaks in.
 */
export const dayNumberOf = (date: LocalDate): number | undefined => {
  const match = DATE_PATTERN.exec(date);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0..99 to 1900..1999.
  utc.setUTCFullYear(year, month - 1, day);
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) {
    return undefined;
  }
  return Math.round(utc.getTime() / MS_PER_DAY);
};

const dateOfDayNumber = (dayNumber: number): LocalDate => {
  const utc = new Date(dayNumber * MS_PER_DAY);
  const year = String(utc.getUTCFullYear()).padStart(4, '0');
  const month = String(utc.getUTCMonth() + 1).padStart(2, '0');
  const day = String(utc.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
};

/** True when `text` is a real calendar date written `YYYY-MM-DD` (no 31 February). */
export const isValidLocalDate = (text: string): boolean => dayNumberOf(text) !== undefined;

/**
 * The weekday of a calendar date, independent of any time zone. A string that is not a valid
 * date has no weekday; it is reported as `sun` rather than thrown on (callers validate first).
 */
export const weekdayOf = (date: LocalDate): Weekday => {
  const dayNumber = dayNumberOf(date);
  if (dayNumber === undefined) return 'sun';
  return WEEKDAYS[(((dayNumber + 4) % 7) + 7) % 7]!; // 1970-01-01 was a Thursday.
};

/** The date `n` days after `date` (before it when `n` is negative); an invalid date comes back as it is. */
export const addDays = (date: LocalDate, n: number): LocalDate => {
  const dayNumber = dayNumberOf(date);
  return dayNumber === undefined || !Number.isInteger(n) ? date : dateOfDayNumber(dayNumber + n);
};

/** How many days from `from` to `to`: positive when `to` is later; NaN when either is not a date. */
export const daysBetween = (from: LocalDate, to: LocalDate): number =>
  (dayNumberOf(to) ?? Number.NaN) - (dayNumberOf(from) ?? Number.NaN);
