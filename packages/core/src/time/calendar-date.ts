import type { LocalDate } from '../domain/local-date';
import type { Weekday } from '../office/office-config';

const MS_PER_DAY = 86_400_000;
/** 400 Gregorian years, the cycle after which leap days repeat. */
const DAYS_PER_ERA = 146_097;
/** Day 0 of the March-based count (0000-03-01) lies this many days before 1970-01-01. */
const DAYS_FROM_0000_03_01_TO_1970 = 719_468;
/** Index 0 is Sunday, as `Date#getUTCDay` counts. */
const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** The number an ASCII digit run stands for, or -1 when any character is not a digit. */
const digitsAt = (text: string, from: number, to: number): number => {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
};

/** Days in a month of the proleptic Gregorian calendar (`month` 1-12), as `Date` counts them. */
const daysInMonth = (year: number, month: number): number => {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
};

/**
 * Day number (days since 1970-01-01) of a `YYYY-MM-DD` string, or undefined for an impossible date.
 * Plain arithmetic on the Gregorian calendar (years counted from March, so the leap day comes
 * last): called several times per message, it allocates nothing and no time zone takes part.
 */
export const dayNumberOf = (date: LocalDate): number | undefined => {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return undefined;
  const year = digitsAt(date, 0, 4);
  const month = digitsAt(date, 5, 7);
  const day = digitsAt(date, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const marchYear = month <= 2 ? year - 1 : year;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - DAYS_FROM_0000_03_01_TO_1970;
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
