import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumberOf } from '../../src/time/calendar-date';

/** The day number `Date` gives, the reference the arithmetic must match. */
function byDate(year: number, month: number, day: number): number | undefined {
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day)
    return undefined;
  return utc.getTime() / 86_400_000;
}

const text = (year: number, month: number, day: number): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

describe('dayNumberOf', () => {
  it('agrees with Date on every year 0..9999, impossible days included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          expect(dayNumberOf(text(year, month, day))).toBe(byDate(year, month, day));
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it('knows the epoch, leap days and refuses other shapes', () => {
    expect(dayNumberOf('1970-01-01')).toBe(0);
    expect(dayNumberOf('1969-12-31')).toBe(-1);
    expect(dayNumberOf('2000-02-29')).toBe(11_016);
    expect(dayNumberOf('1900-02-29')).toBeUndefined();
    for (const bad of ['2026-1-01', '2026/01/01', '２０２６-01-01', '2026-01-01 ', '+2026-01-1', '']) {
      expect(dayNumberOf(bad)).toBeUndefined();
    }
  });
});
