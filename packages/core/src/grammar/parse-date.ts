import { err, ok, type Result } from 'neverthrow';
import type { LocalDate } from '../domain/local-date';
import type { DateProblem } from '../domain/rejection';
import { foldText } from './fold-text';

// DDMMYYYY, or day, month and four-digit year joined by any of - / . (one or two digits each).
const COMPACT = /^(\d{2})(\d{2})(\d{4})$/;
const SEPARATED = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
// The same shapes with a two-digit year, refused with a hint rather than guessed at.
const TWO_DIGIT_YEAR = /^(?:\d{6}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2})$/;

/** Days in a month of the proleptic Gregorian calendar (`month` 1–12). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
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
  const text = foldText(raw).trim();
  const match = COMPACT.exec(text) ?? SEPARATED.exec(text);
  if (!match) return err(TWO_DIGIT_YEAR.test(text) ? 'twoDigitYear' : 'format');
  const day = Number(match[1]);
  const month = Number(match[2]);
  const year = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return err('impossible');
  }
  return ok(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
