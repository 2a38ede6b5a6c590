import { centralJakartaOffice, isOpenOn, sessionsOn } from '@antrean/core';
import { describe, expect, it } from 'vitest';
import { nextDatesWithRoom } from '../../src/allocation/next-dates-with-room';
import { bookableSessions } from '../../src/allocation/sessions-on-date';

/** Central Jakarta with `morning` places in its first session and `late` in its second. */
const withCapacities = (morning: number, late: number) => ({
  ...centralJakartaOffice,
  sessions: centralJakartaOffice.sessions.map((session, i) => ({
    ...session,
    capacity: i === 0 ? morning : late,
  })),
});

const now = new Date('2026-12-01T07:00:00+07:00'); // Tuesday, before the first deadline

describe('capacity 0 in the allocation', () => {
  it('keeps a closed session in the day plan but never offers it', () => {
    const office = withCapacities(0, 40);
    expect(sessionsOn(office, '2026-12-02').map((s) => [s.start, s.capacity])).toEqual([
      ['08:00', 0],
      ['10:00', 40],
    ]);
    expect(bookableSessions(office, '2026-12-02', now).map((s) => s.start)).toEqual(['10:00']);
    expect(isOpenOn(office, '2026-12-02')).toBe(true);
  });

  it('treats a day whose sessions are all closed as a closed day, and offers no date then', () => {
    const office = withCapacities(0, 0);
    expect(isOpenOn(office, '2026-12-02')).toBe(false);
    expect(bookableSessions(office, '2026-12-02', now)).toEqual([]);
    expect(nextDatesWithRoom(office, '2026-12-01', now, new Map())).toEqual([]);
  });
});
