import { centralJakartaOffice, type OfficeConfig } from '@antrean/core';
import { describe, expect, it } from 'vitest';
import { bookableSessions, sessionsOn } from '../../src/allocation/sessions-on-date';

const ZONES = [
  ['Asia/Jakarta', 7],
  ['Asia/Makassar', 8],
  ['Asia/Jayapura', 9],
] as const;

describe('sessionsOn', () => {
  it.each(ZONES)('places the sessions of an open day at their UTC instants in %s', (timeZone, offset) => {
    const slots = sessionsOn({ ...centralJakartaOffice, timeZone }, '2026-12-01');
    expect(slots).toEqual([
      {
        slotId: '2026-12-01@08:00',
        date: '2026-12-01',
        start: '08:00',
        end: '10:00',
        startsAt: new Date(Date.UTC(2026, 11, 1, 8 - offset)),
        checkInDeadline: new Date(Date.UTC(2026, 11, 1, 8 - offset, -30)),
        capacity: 40,
      },
      {
        slotId: '2026-12-01@10:00',
        date: '2026-12-01',
        start: '10:00',
        end: '12:00',
        startsAt: new Date(Date.UTC(2026, 11, 1, 10 - offset)),
        checkInDeadline: new Date(Date.UTC(2026, 11, 1, 10 - offset, -30)),
        capacity: 40,
      },
    ]);
  });

  it('has no sessions on closed dates, weekends or impossible dates', () => {
    expect(sessionsOn(centralJakartaOffice, '2026-12-25')).toEqual([]);
    expect(sessionsOn(centralJakartaOffice, '2026-12-05')).toEqual([]);
    expect(sessionsOn(centralJakartaOffice, '2026-12-06')).toEqual([]);
    expect(sessionsOn(centralJakartaOffice, '2026-02-30')).toEqual([]);
  });

  it('keeps only the sessions held that weekday, sorted by start whatever the config order', () => {
    const office: OfficeConfig = {
      ...centralJakartaOffice,
      arriveMinutesBefore: 45,
      sessions: [
        { days: ['sat'], start: '13:00', end: '14:00', capacity: 5 },
        { days: ['mon', 'sat'], start: '09:00', end: '10:00', capacity: 3 },
        { days: ['mon'], start: '11:00', end: '12:00', capacity: 2 },
      ],
    };
    const saturday = sessionsOn(office, '2026-12-05');
    expect(saturday.map((slot) => [slot.slotId, slot.capacity])).toEqual([
      ['2026-12-05@09:00', 3],
      ['2026-12-05@13:00', 5],
    ]);
    expect(saturday[0]!.checkInDeadline).toEqual(new Date('2026-12-05T08:15:00+07:00'));
    expect(sessionsOn(office, '2026-12-07').map((slot) => slot.start)).toEqual(['09:00', '11:00']);
  });
});

describe('bookableSessions', () => {
  const at = (time: string, office: OfficeConfig = centralJakartaOffice) =>
    bookableSessions(office, '2026-12-01', new Date(`2026-12-01T${time}+07:00`)).map((slot) => slot.start);

  it('keeps the sessions whose check-in deadline is at least 30 minutes ahead by default', () => {
    // Deadlines 07:30 and 09:30 WIB.
    expect(at('07:00:00')).toEqual(['08:00', '10:00']);
    expect(at('07:00:00.001')).toEqual(['10:00']);
    expect(at('09:00:00')).toEqual(['10:00']);
    expect(at('09:00:00.001')).toEqual([]);
  });

  it("follows the office's minimumLeadMinutes, 0 keeping a session up to its deadline instant", () => {
    const lead = (minutes: number) => ({ ...centralJakartaOffice, minimumLeadMinutes: minutes });
    expect(at('06:30:00', lead(60))).toEqual(['08:00', '10:00']);
    expect(at('06:30:00.001', lead(60))).toEqual(['10:00']);
    expect(at('07:30:00', lead(0))).toEqual(['08:00', '10:00']);
    expect(at('07:30:00.001', lead(0))).toEqual(['10:00']);
  });
});
