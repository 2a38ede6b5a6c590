import { addDays, daysBetween } from '@antrean/core';
import { localDateArb } from '@antrean/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidLocalDate, weekdayOf } from '../../src/time/calendar-date';

describe('weekdayOf', () => {
  it('names the weekday of known dates', () => {
    expect(weekdayOf('2026-12-01')).toBe('tue');
    expect(weekdayOf('2026-12-06')).toBe('sun');
    expect(weekdayOf('2026-12-25')).toBe('fri');
    expect(weekdayOf('1970-01-01')).toBe('thu');
    expect(weekdayOf('1969-12-31')).toBe('wed');
    expect(weekdayOf('2000-02-29')).toBe('tue');
  });

  it('moves one step per day', () => {
    const order = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
    fc.assert(
      fc.property(localDateArb(), (date) => {
        const today = order.indexOf(weekdayOf(date));
        expect(order.indexOf(weekdayOf(addDays(date, 1)))).toBe((today + 1) % 7);
      }),
    );
  });
});

describe('addDays and daysBetween', () => {
  it('cross month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-01', 30)).toBe('2026-12-31');
    expect(daysBetween('2026-12-01', '2026-12-31')).toBe(30);
    expect(daysBetween('2026-12-31', '2026-12-01')).toBe(-30);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
  });

  it('are inverse to each other for any date and offset', () => {
    fc.assert(
      fc.property(localDateArb(), fc.integer({ min: -40_000, max: 40_000 }), (date, n) => {
        const moved = addDays(date, n);
        expect(isValidLocalDate(moved)).toBe(true);
        expect(daysBetween(date, moved)).toBe(n);
        expect(addDays(moved, -n)).toBe(date);
      }),
    );
  });

  it('order dates like their strings do', () => {
    fc.assert(
      fc.property(localDateArb(), localDateArb(), (a, b) => {
        expect(Math.sign(daysBetween(a, b))).toBe(a < b ? 1 : a > b ? -1 : 0);
      }),
    );
  });

  it('do not throw on strings that are not dates', () => {
    expect(addDays('someday', 1)).toBe('someday');
    expect(daysBetween('2026-02-30', '2026-03-01')).toBeNaN();
    expect(weekdayOf('2026-13-01')).toBe('sun');
  });
});

describe('isValidLocalDate', () => {
  it('accepts real dates and refuses impossible or badly written ones', () => {
    expect(isValidLocalDate('2028-02-29')).toBe(true);
    expect(isValidLocalDate('0099-01-01')).toBe(true);
    for (const bad of [
      '2027-02-29',
      '2026-02-30',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-1-1',
      '',
    ]) {
      expect(isValidLocalDate(bad)).toBe(false);
    }
  });
});
