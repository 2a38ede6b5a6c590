import { centralJakartaOffice, checkArrivalDate, type OfficeConfig } from '@antrean/core';
import { describe, expect, it } from 'vitest';

/** Tuesday 1 December 2026 at a WIB wall-clock time. */
const wib = (time: string, date = '2026-12-01'): Date => new Date(`${date}T${time}+07:00`);
const office = centralJakartaOffice;
const slotIds = (date: string, now: Date, config: OfficeConfig = office) =>
  checkArrivalDate(date, now, config).map((slots) => slots.map((slot) => slot.slotId));

describe('checkArrivalDate', () => {
  it('returns the bookable sessions of an open day, earliest first', () => {
    expect(slotIds('2026-12-02', wib('07:00'))._unsafeUnwrap()).toEqual([
      '2026-12-02@08:00',
      '2026-12-02@10:00',
    ]);
  });

  it('accepts today while a check-in deadline is at least minimumLeadMinutes (default 30) ahead', () => {
    // Deadlines 07:30 and 09:30 WIB.
    expect(slotIds('2026-12-01', wib('07:00'))._unsafeUnwrap()).toHaveLength(2);
    expect(slotIds('2026-12-01', wib('07:00:00.001'))._unsafeUnwrap()).toEqual(['2026-12-01@10:00']);
    expect(slotIds('2026-12-01', wib('09:00'))._unsafeUnwrap()).toEqual(['2026-12-01@10:00']);
    const tenMinutes = { ...office, minimumLeadMinutes: 10 };
    expect(slotIds('2026-12-01', wib('09:20'), tenMinutes)._unsafeUnwrap()).toEqual(['2026-12-01@10:00']);
  });

  it('refuses today once no check-in deadline is far enough ahead', () => {
    const refused = { type: 'ArrivalDateInPast', date: '2026-12-01', today: '2026-12-01' };
    expect(checkArrivalDate('2026-12-01', wib('09:00:00.001'), office)._unsafeUnwrapErr()).toEqual(refused);
    expect(checkArrivalDate('2026-12-01', wib('09:29'), office)._unsafeUnwrapErr()).toEqual(refused);
    expect(checkArrivalDate('2026-12-01', wib('23:30'), office)._unsafeUnwrapErr()).toEqual(refused);
    const tenMinutes = { ...office, minimumLeadMinutes: 10 };
    expect(checkArrivalDate('2026-12-01', wib('09:20:00.001'), tenMinutes)._unsafeUnwrapErr()).toEqual(
      refused,
    );
  });

  it('refuses a past date that is also a closed day as past, not closed', () => {
    // 2026-11-29 is a Sunday and 2026-08-17 a holiday: both in the past on 1 December.
    for (const date of ['2026-11-29', '2026-08-17']) {
      expect(checkArrivalDate(date, wib('07:00'), office)._unsafeUnwrapErr()).toEqual({
        type: 'ArrivalDateInPast',
        date,
        today: '2026-12-01',
      });
    }
  });

  it('refuses a date before today in the office zone', () => {
    expect(checkArrivalDate('2026-11-30', wib('07:00'), office)._unsafeUnwrapErr()).toEqual({
      type: 'ArrivalDateInPast',
      date: '2026-11-30',
      today: '2026-12-01',
    });
  });

  it('judges "today" in the office zone, not in UTC', () => {
    // 00:30 WIT on 2 December is still 1 December in UTC.
    const jayapura = { ...office, timeZone: 'Asia/Jayapura' };
    const now = new Date('2026-12-01T15:30:00Z');
    expect(checkArrivalDate('2026-12-01', now, jayapura)._unsafeUnwrapErr()).toMatchObject({
      type: 'ArrivalDateInPast',
      today: '2026-12-02',
    });
    expect(slotIds('2026-12-02', now, jayapura)._unsafeUnwrap()).toHaveLength(2);
  });

  it('accepts the last day of the horizon and refuses the day after', () => {
    expect(slotIds('2026-12-31', wib('07:00'))._unsafeUnwrap()).toHaveLength(2);
    expect(checkArrivalDate('2027-01-01', wib('07:00'), office)._unsafeUnwrapErr()).toEqual({
      type: 'ArrivalDateTooFar',
      date: '2027-01-01',
      lastDate: '2026-12-31',
    });
  });

  it('with a horizon of 0 days, takes today only', () => {
    const sameDay = { ...office, bookingHorizonDays: 0 };
    expect(slotIds('2026-12-01', wib('07:00'), sameDay).isOk()).toBe(true);
    expect(checkArrivalDate('2026-12-02', wib('07:00'), sameDay)._unsafeUnwrapErr()).toMatchObject({
      type: 'ArrivalDateTooFar',
      lastDate: '2026-12-01',
    });
  });

  it('refuses a closed date and a day without sessions, leaving nextDates to the service', () => {
    expect(checkArrivalDate('2026-12-25', wib('07:00'), office)._unsafeUnwrapErr()).toEqual({
      type: 'OfficeClosed',
      date: '2026-12-25',
      nextDates: [],
    });
    expect(checkArrivalDate('2026-12-06', wib('07:00'), office)._unsafeUnwrapErr()).toEqual({
      type: 'OfficeClosed',
      date: '2026-12-06',
      nextDates: [],
    });
  });

  it('refuses a date that does not exist', () => {
    expect(checkArrivalDate('2026-12-32', wib('07:00'), office)._unsafeUnwrapErr()).toEqual({
      type: 'InvalidArrivalDate',
      problem: 'impossible',
    });
  });
});
