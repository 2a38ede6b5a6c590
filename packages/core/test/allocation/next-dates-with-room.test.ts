import { centralJakartaOffice, type SlotCounts } from '@antrean/core';
import { describe, expect, it } from 'vitest';
import { horizonDates, nextDatesWithRoom } from '../../src/allocation/next-dates-with-room';

const office = centralJakartaOffice;
const now = new Date('2026-12-01T07:00:00+07:00'); // Tuesday, before the first deadline
const none: SlotCounts = new Map();
const full = (...dates: string[]): SlotCounts =>
  new Map(dates.flatMap((date) => [`${date}@08:00`, `${date}@10:00`].map((id) => [id, 40] as const)));

describe('nextDatesWithRoom', () => {
  it('offers the next three open dates after the given one', () => {
    expect(nextDatesWithRoom(office, '2026-12-01', now, none)).toEqual([
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
    ]);
  });

  it('skips full dates, weekends and closed dates', () => {
    expect(nextDatesWithRoom(office, '2026-12-01', now, full('2026-12-02'))).toEqual([
      '2026-12-03',
      '2026-12-04',
      '2026-12-07',
    ]);
    expect(nextDatesWithRoom(office, '2026-12-24', now, none)).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
    ]);
  });

  it('counts a date with one session left as having room', () => {
    const oneLeft = new Map([['2026-12-02@08:00', 40]]);
    expect(nextDatesWithRoom(office, '2026-12-01', now, oneLeft, 1)).toEqual(['2026-12-02']);
  });

  it('stops at the end of the horizon', () => {
    expect(nextDatesWithRoom(office, '2026-12-30', now, none)).toEqual(['2026-12-31']);
    expect(nextDatesWithRoom(office, '2026-12-31', now, none)).toEqual([]);
  });

  it('starts from today when given a past date, leaving out today once its deadlines passed', () => {
    expect(nextDatesWithRoom(office, '2026-11-20', now, none, 2)).toEqual(['2026-12-01', '2026-12-02']);
    const evening = new Date('2026-12-01T20:00:00+07:00');
    expect(nextDatesWithRoom(office, '2026-11-20', evening, none, 2)).toEqual(['2026-12-02', '2026-12-03']);
  });
});

describe('horizonDates', () => {
  it('lists every date from today to the last bookable one, in the office zone', () => {
    const dates = horizonDates(office, new Date('2026-11-30T17:30:00Z')); // 00:30 WIB on 1 December
    expect(dates).toHaveLength(31);
    expect(dates[0]).toBe('2026-12-01');
    expect(dates[30]).toBe('2026-12-31');
  });
});
