import { err, ok, type Result } from 'neverthrow';
import type { LocalDate } from '../domain/local-date';
import type { DateProblem } from '../domain/rejection';
import { foldText } from './fold-text';

// Day, month and four-digit year joined by any of - / . (one or two digits each); DDMMYYYY is
// read by `compactDate`.
const SEPARATED = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
// The same shapes with a two-digit year, refused with a hint rather than guessed at.
const TWO_DIGIT_YEAR = /^(?:\d{6}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2})$/;

/** Days in a month of the proleptic Gregorian calendar (`month` 1–12). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Gregorian leap years: every fourth year, except centuries not divisible by 400. */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Reads a date field as applicants write it (folded first, so full-width digits count): `DDMMYYYY`, or `D-M-YYYY` / `DD/MM/YYYY` /
 * `DD.MM.YYYY` (separators may be mixed; with separators day and month may have one digit).
 * Returns `YYYY-MM-DD`. Two-digit years are `twoDigitYear` (1987 or 2087 cannot be guessed
 * safely), dates that do not exist (31 Feb, month 13, year 0) are `impossible`, the rest `format`.
 * Whether the date is plausible (future, age) is for the rules, not the grammar.
 */
export function parseDateField(raw: string): Result<LocalDate, DateProblem> {
  // Eight ASCII digits, the common case, are what folding and trimming would leave unchanged.
  const bare = compactDate(raw);
  const text = bare === undefined ? foldText(raw).trim() : raw;
  const compact = bare ?? compactDate(text);
  const match = compact === undefined ? SEPARATED.exec(text) : null;
  if (compact === undefined && !match) return err(TWO_DIGIT_YEAR.test(text) ? 'twoDigitYear' : 'format');
  const [day, month, year] = compact ?? [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return err('impossible');
  }
  return ok(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
}

/** Day, month and year of `DDMMYYYY` (eight ASCII digits), the common shape, read without a regex. */
function compactDate(text: string): [number, number, number] | undefined {
  if (text.length !== 8) return undefined;
  let value = 0;
  for (let i = 0; i < 8; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    value = value * 10 + digit;
  }
  return [Math.floor(value / 1_000_000), Math.floor(value / 10_000) % 100, value % 10_000];
}

/** `00`..`99`: months and days are written by one array read. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));

function pad(value: number, width: number): string {
  if (width === 2 && value < 100) return TWO_DIGITS[value]!;
  return value >= 1000 ? String(value) : String(value).padStart(width, '0');
}
