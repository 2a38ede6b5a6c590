import type { LocalDate } from '../domain/local-date';
import { isValidLocalDate } from '../time/calendar-date';
import { foldText } from './fold-text';

const pad = (digits: string): string => digits.padStart(2, '0');

/** A year as an arrival date means it: two digits are this century (an arrival is weeks away, not 1926). */
const fullYear = (digits: string): string | undefined =>
  digits.length === 4 ? digits : digits.length === 2 ? `20${digits}` : undefined;

/** Day, month and year digit groups of a date written in some other way, if it has that shape. */
function dateParts(text: string): readonly [string, string, string] | undefined {
  const groups = text.match(/\d+/gu) ?? [];
  const [a = '', b = '', c = ''] = groups;
  if (groups.length === 1 && a.length === 6) return [a.slice(0, 2), a.slice(2, 4), a.slice(4)];
  if (groups.length !== 3 || b.length > 2) return undefined;
  if (a.length === 4 && c.length <= 2) return [c, b, a]; // year first: 2026-12-07
  return a.length <= 2 ? [a, b, c] : undefined;
}

/**
 * The arrival date an unreadable field most likely means, or undefined: `071226` and `7-12-26`
 * (two-digit year), `07 12 2026` or `7,12,2026` (other separators), `2026-12-07` (year first).
 * Only digits and their order are used; the result is a real date, checked against nothing else.
 */
export function suggestArrivalDate(raw: string): LocalDate | undefined {
  const text = foldText(raw);
  if (/[^\d\s\-/.,:_]/u.test(text)) return undefined; // words such as "besok": no guess
  const parts = dateParts(text);
  if (parts === undefined) return undefined;
  const [day, month, yearDigits] = parts;
  const year = fullYear(yearDigits);
  if (year === undefined || day.length > 2 || month.length > 2) return undefined;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return isValidLocalDate(date) ? date : undefined;
}
