import type { LocalDate } from '../domain/local-date';
import type { Language, Weekday } from '../office/office-config';
import { weekdayOf } from '../time';

const DAY_NAMES: Readonly<Record<Language, Readonly<Record<Weekday, string>>>> = {
  id: { mon: 'Senin', tue: 'Selasa', wed: 'Rabu', thu: 'Kamis', fri: 'Jumat', sat: 'Sabtu', sun: 'Minggu' },
  en: {
    mon: 'Monday',
    tue: 'Tuesday',
    wed: 'Wednesday',
    thu: 'Thursday',
    fri: 'Friday',
    sat: 'Saturday',
    sun: 'Sunday',
  },
};

const MONTH_NAMES: Readonly<Record<Language, readonly string[]>> = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

const DATE_PARTS = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date as applicants read it: `Senin, 7 Desember 2026` or `Monday 7 December 2026`. Written
 * from our own tables, not `Intl`, so the text never depends on the runtime's ICU data.
 * Anything that is not `YYYY-MM-DD` comes back unchanged.
 */
export function dateInWords(date: LocalDate, language: Language): string {
  const plain = plainDateInWords(date, language);
  if (plain === date) return date;
  const separator = language === 'id' ? ', ' : ' ';
  return `${DAY_NAMES[language][weekdayOf(date)]}${separator}${plain}`;
}

/** A date without its weekday, `25 Januari 1987`: for birth dates. Anything that is not `YYYY-MM-DD` comes back unchanged. */
export function plainDateInWords(date: LocalDate, language: Language): string {
  const parts = DATE_PARTS.exec(date);
  const month = parts ? MONTH_NAMES[language][Number(parts[2]) - 1] : undefined;
  if (!parts || month === undefined) return date;
  return `${Number(parts[3])} ${month} ${parts[1]}`;
}

/** A date as a booking message writes it, `DDMMYYYY`: what example messages show. */
export function messageDate(date: LocalDate): string {
  const parts = DATE_PARTS.exec(date);
  return parts ? `${parts[3]}${parts[2]}${parts[1]}` : date;
}

/**
 * The local `HH:MM` of an outcome's ISO-8601 instant. Outcome instants already carry the office's
 * offset, so the wall-clock time is read straight from the text, with no zone conversion.
 */
export function clockTimeOf(isoWithOffset: string): string {
  return isoWithOffset.slice(11, 16);
}
