import { type Booking, centralJakartaOffice, rejectedOutcome } from '@antrean/core';
import { describe, expect, it } from 'vitest';
import { dateInWords } from '../../src/replies/date-words';
import {
  cancelledOutcome,
  confirmedOutcome,
  helpOutcome,
  statusOutcome,
} from '../../src/replies/outcome-builders';

const booking: Booking = {
  code: 'HK4P9TWZ',
  officeId: 'kanim-jakpus',
  applicantKey: 'BUDI|1987-01-25',
  applicant: { name: 'BUDI', birthDate: '1987-01-25' },
  applicationType: 'regular',
  phone: '+6281299004406',
  slotId: '2026-12-07@10:00',
  date: '2026-12-07',
  startsAt: new Date('2026-12-07T03:00:00Z'),
  checkInDeadline: new Date('2026-12-07T02:30:00Z'),
  status: 'active',
  createdAt: new Date('2026-11-30T02:00:00Z'),
  updatedAt: new Date('2026-11-30T02:00:00Z'),
};

describe('outcome builders', () => {
  it('writes instants with the office offset, the code with its dash, and the applicant as read', () => {
    expect(confirmedOutcome(booking, centralJakartaOffice)).toEqual({
      kind: 'confirmed',
      code: 'HK4P-9TWZ',
      date: '2026-12-07',
      sessionStart: '2026-12-07T10:00:00+07:00',
      sessionEnd: '2026-12-07T12:00:00+07:00',
      checkInDeadline: '2026-12-07T09:30:00+07:00',
      applicationType: 'regular',
      name: 'BUDI',
      birthDate: '1987-01-25',
    });
  });

  it('leaves sessionEnd out when the office no longer holds that session', () => {
    const office = { ...centralJakartaOffice, sessions: [] };
    expect(statusOutcome(booking, 'expired', office)).toEqual({
      kind: 'status',
      code: 'HK4P-9TWZ',
      state: 'expired',
      date: '2026-12-07',
      sessionStart: '2026-12-07T10:00:00+07:00',
      checkInDeadline: '2026-12-07T09:30:00+07:00',
    });
  });

  it('copies every field of a rejection and names its reason', () => {
    expect(rejectedOutcome({ type: 'FullyBooked', date: '2026-12-07', nextDates: ['2026-12-08'] })).toEqual({
      kind: 'rejected',
      reason: 'FullyBooked',
      date: '2026-12-07',
      nextDates: ['2026-12-08'],
    });
    expect(rejectedOutcome({ type: 'AlreadyBooked' })).toEqual({ kind: 'rejected', reason: 'AlreadyBooked' });
  });

  it('builds cancelled and help outcomes', () => {
    expect(cancelledOutcome(booking)).toEqual({ kind: 'cancelled', code: 'HK4P-9TWZ' });
    expect(helpOutcome()).toEqual({ kind: 'help' });
  });
});

describe('dateInWords', () => {
  it.each([
    ['2026-12-07', 'Senin, 7 Desember 2026', 'Monday 7 December 2026'],
    ['2026-12-08', 'Selasa, 8 Desember 2026', 'Tuesday 8 December 2026'],
    ['2026-12-09', 'Rabu, 9 Desember 2026', 'Wednesday 9 December 2026'],
    ['2026-12-10', 'Kamis, 10 Desember 2026', 'Thursday 10 December 2026'],
    ['2027-01-01', 'Jumat, 1 Januari 2027', 'Friday 1 January 2027'],
    ['2027-05-01', 'Sabtu, 1 Mei 2027', 'Saturday 1 May 2027'],
    ['2027-08-15', 'Minggu, 15 Agustus 2027', 'Sunday 15 August 2027'],
  ])('writes %s in words', (date, id, en) => {
    expect(dateInWords(date, 'id')).toBe(id);
    expect(dateInWords(date, 'en')).toBe(en);
  });

  it('returns text that is no date unchanged', () => {
    expect(dateInWords('2026-13-01', 'id')).toBe('2026-13-01');
    expect(dateInWords('soon', 'en')).toBe('soon');
  });
});
