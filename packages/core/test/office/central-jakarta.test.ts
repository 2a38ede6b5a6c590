import { centralJakartaOffice, parseOfficeConfig } from '@antrean/core';
import { describe, expect, it } from 'vitest';
import { weekdayOf } from '../../src/time/calendar-date';

describe('centralJakartaOffice', () => {
  it('is a valid config that parsing leaves unchanged', () => {
    expect(parseOfficeConfig(JSON.parse(JSON.stringify(centralJakartaOffice)))._unsafeUnwrap()).toEqual(
      centralJakartaOffice,
    );
  });

  it('holds the two weekday sessions of the issue', () => {
    expect(centralJakartaOffice.sessions.map((s) => [s.start, s.end, s.capacity, s.days.join(',')])).toEqual([
      ['08:00', '10:00', 40, 'mon,tue,wed,thu,fri'],
      ['10:00', '12:00', 40, 'mon,tue,wed,thu,fri'],
    ]);
    expect(centralJakartaOffice).toMatchObject({ timeZone: 'Asia/Jakarta', bookingHorizonDays: 30 });
  });

  it('is closed on fixed national holidays of 2026 and 2027', () => {
    for (const date of ['2026-12-25', '2027-01-01', '2026-08-17', '2027-08-17']) {
      expect(centralJakartaOffice.closedDates).toContain(date);
    }
    const sorted = [...centralJakartaOffice.closedDates].sort();
    expect(centralJakartaOffice.closedDates).toEqual(sorted);
    expect(weekdayOf('2026-04-03')).toBe('fri'); // Good Friday 2026
  });
});
