import type { LocalDate } from '@antrean/core';
import { addDays, daysBetween } from '@antrean/core';
import fc from 'fast-check';

/** Indonesia's three zones: WIB (+7), WITA (+8) and WIT (+9). */
export const INDONESIAN_TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;

/** One of Indonesia's three zones: `Asia/Jakarta`, `Asia/Makassar` or `Asia/Jayapura`. */
export const indonesianTimeZoneArb: fc.Arbitrary<string> = fc.constantFrom(...INDONESIAN_TIME_ZONES);

/** Bounds for `instantArb`; both inclusive. */
export interface InstantRange {
  readonly from?: Date;
  readonly to?: Date;
}

const DEFAULT_FROM = new Date('2020-01-01T00:00:00.000Z');
const DEFAULT_TO = new Date('2035-12-31T23:59:59.999Z');

/** Any valid instant, to the millisecond, between `from` and `to` (default 2020 to 2035). */
export const instantArb = (options: InstantRange = {}): fc.Arbitrary<Date> =>
  fc.date({ min: options.from ?? DEFAULT_FROM, max: options.to ?? DEFAULT_TO, noInvalidDate: true });

/** Bounds for `localDateArb`, as `YYYY-MM-DD`; both inclusive. */
export interface LocalDateRange {
  readonly from?: LocalDate;
  readonly to?: LocalDate;
}

/** Any real calendar date `YYYY-MM-DD` between `from` and `to` (default 1900-01-01 to 2099-12-31). */
export const localDateArb = (options: LocalDateRange = {}): fc.Arbitrary<LocalDate> => {
  const from = options.from ?? '1900-01-01';
  const span = daysBetween(from, options.to ?? '2099-12-31');
  return fc.integer({ min: 0, max: Math.max(0, span) }).map((n) => addDays(from, n));
};

/** A wall-clock time `HH:MM` on a whole minute. */
export const localTimeArb: fc.Arbitrary<string> = fc
  .integer({ min: 0, max: 24 * 60 - 1 })
  .map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
