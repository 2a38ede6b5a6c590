import { describe, expect, it } from 'vitest';
import { sessionsOn } from '../../src/allocation/sessions-on-date';
import { centralJakartaOffice } from '../../src/office/central-jakarta';

// sessionsOn remembers each office's day; these check that remembering never shows.
describe('sessionsOn, remembered per office and date', () => {
  it('hands every caller fresh slots: changing one does not change the next answer', () => {
    const first = sessionsOn(centralJakartaOffice, '2026-12-01');
    expect(first.length).toBeGreaterThan(0);
    const startsAt = first[0]!.startsAt.getTime();
    first[0]!.startsAt.setTime(0);
    first[0]!.checkInDeadline.setTime(0);
    const again = sessionsOn(centralJakartaOffice, '2026-12-01');
    expect(again).not.toBe(first);
    expect(again[0]!.startsAt.getTime()).toBe(startsAt);
    expect(again[0]!.checkInDeadline.getTime()).toBeGreaterThan(0);
  });

  it('answers a changed config (a new object) from its own sessions', () => {
    const date = '2026-12-01';
    expect(sessionsOn(centralJakartaOffice, date).length).toBeGreaterThan(0);
    const closed = { ...centralJakartaOffice, closedDates: [date] };
    expect(sessionsOn(closed, date)).toEqual([]);
    const single = {
      ...centralJakartaOffice,
      sessions: [{ days: ['tue' as const], start: '13:00', end: '15:00', capacity: 7 }],
    };
    expect(sessionsOn(single, date)).toEqual([
      {
        slotId: '2026-12-01@13:00',
        date,
        start: '13:00',
        end: '15:00',
        startsAt: new Date('2026-12-01T06:00:00Z'),
        checkInDeadline: new Date(
          Date.UTC(2026, 11, 1, 6) - centralJakartaOffice.arriveMinutesBefore * 60_000,
        ),
        capacity: 7,
      },
    ]);
  });

  it('gives the same answer for many dates, first time and remembered', () => {
    const dates = Array.from({ length: 700 }, (_, n) =>
      new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10),
    );
    const firstPass = dates.map((date) => sessionsOn(centralJakartaOffice, date));
    const secondPass = dates.map((date) => sessionsOn(centralJakartaOffice, date));
    expect(secondPass).toEqual(firstPass);
  });
});
