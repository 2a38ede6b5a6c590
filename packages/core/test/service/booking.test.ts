import { parseBookingCode } from '@antrean/core';
import { describe, expect, it } from 'vitest';
import { E164_A, LANDLINE, PHONE_A, PHONE_B, serviceFixture, smallOffice } from './service-fixture';

const BUDI = '#BUDI SANTOSO#25011987#07122026';

describe('booking', () => {
  it('confirms a valid request with a valid code in the earliest session, deadline 30 minutes before', async () => {
    const { send } = await serviceFixture();
    const answer = await send(BUDI);
    expect(answer).toMatchObject({ to: E164_A, replayed: false });
    expect(answer.outcome).toEqual({
      kind: 'confirmed',
      code: expect.stringMatching(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/),
      date: '2026-12-07',
      sessionStart: '2026-12-07T08:00:00+07:00',
      sessionEnd: '2026-12-07T10:00:00+07:00',
      checkInDeadline: '2026-12-07T07:30:00+07:00',
      applicationType: 'regular',
    });
    const code = answer.outcome.kind === 'confirmed' ? answer.outcome.code : '';
    expect(parseBookingCode(code).isOk()).toBe(true);
    expect(answer.text).toContain(code);
    expect(answer.text).toContain('Senin, 7 Desember 2026');
    expect(answer.text).toContain('08:00–10:00 WIB');
    expect(answer.text).toContain('paling lambat 07:30 WIB');
  });

  it.each([
    ['Asia/Makassar', '+08:00', 'WITA'],
    ['Asia/Jayapura', '+09:00', 'WIT'],
  ])('writes instants with the office offset in %s', async (timeZone, offset, zone) => {
    const { send } = await serviceFixture({ office: smallOffice({ timeZone }) });
    const answer = await send(BUDI);
    expect(answer.outcome).toMatchObject({
      sessionStart: `2026-12-07T08:00:00${offset}`,
      checkInDeadline: `2026-12-07T07:30:00${offset}`,
    });
    expect(answer.text).toContain(`07:30 ${zone}`);
  });

  it('gives the next session when the first is full, then refuses the full day with 3 next dates', async () => {
    const { send } = await serviceFixture();
    await send(BUDI, PHONE_A);
    const second = await send('#SITI AMINAH#02021990#07122026', PHONE_B);
    expect(second.outcome).toMatchObject({ kind: 'confirmed', sessionStart: '2026-12-07T10:00:00+07:00' });
    const third = await send('#ANDI#03031991#07122026', '081311112222');
    expect(third.outcome).toEqual({
      kind: 'rejected',
      reason: 'FullyBooked',
      date: '2026-12-07',
      nextDates: ['2026-12-08', '2026-12-09', '2026-12-10'],
    });
    expect(third.text).toContain('Selasa, 8 Desember 2026');
    expect(third.text).toContain('#BUDI SANTOSO#25011987#08122026');
  });

  it('says no date has room when the full day is the last one of the horizon', async () => {
    const { send } = await serviceFixture({ office: smallOffice({ bookingHorizonDays: 7 }) });
    await send(BUDI, PHONE_A);
    await send('#SITI AMINAH#02021990#07122026', PHONE_B);
    const third = await send('#ANDI#03031991#07122026', '081311112222');
    expect(third.outcome).toMatchObject({ reason: 'FullyBooked', nextDates: [] });
    expect(third.text).toContain('7 hari');
  });

  it('refuses a repeat with the existing code, and from another number without it', async () => {
    const { send } = await serviceFixture();
    const first = await send(BUDI, PHONE_A);
    const repeat = await send('#budi  santoso#25-01-1987#08122026', PHONE_A);
    expect(repeat.outcome).toEqual({
      kind: 'rejected',
      reason: 'AlreadyBooked',
      code: first.outcome.kind === 'confirmed' ? first.outcome.code : '',
    });
    const elsewhere = await send(BUDI, PHONE_B);
    expect(elsewhere.outcome).toEqual({ kind: 'rejected', reason: 'AlreadyBooked' });
    expect(elsewhere.text).not.toMatch(/[2-9A-Z]{4}-[2-9A-Z]{4}/);
  });

  it('refuses a second applicant on the same number', async () => {
    const { send } = await serviceFixture();
    await send(BUDI, PHONE_A);
    const other = await send('#SITI AMINAH#02021990#07122026', PHONE_A);
    expect(other.outcome).toEqual({ kind: 'rejected', reason: 'NotPersonalNumber', problem: 'boundToOther' });
  });

  it.each([
    ['a closed holiday', '#BUDI#25011987#25122026', '2026-12-25', ['2026-12-28', '2026-12-29', '2026-12-30']],
    ['a Saturday', '#BUDI#25011987#05122026', '2026-12-05', ['2026-12-07', '2026-12-08', '2026-12-09']],
  ])('refuses %s with the next open dates', async (_label, text, date, nextDates) => {
    const { send } = await serviceFixture();
    const answer = await send(text);
    expect(answer.outcome).toEqual({ kind: 'rejected', reason: 'OfficeClosed', date, nextDates });
  });

  it.each([
    ['#BUDI#25011987#07122026#HILANG', { reason: 'LostOrDamagedPassport', applicationType: 'lost' }],
    ['#BUDI#25011987#07122026#RUSAK', { reason: 'LostOrDamagedPassport', applicationType: 'damaged' }],
    ['#BUDI#25011987#27112026', { reason: 'ArrivalDateInPast', date: '2026-11-27', today: '2026-11-30' }],
    ['#BUDI#25011987#15012027', { reason: 'ArrivalDateTooFar', date: '2027-01-15', lastDate: '2026-12-30' }],
    ['#BUDI#25012030#07122026', { reason: 'InvalidBirthDate', problem: 'future' }],
    ['#BUDI#250187#07122026', { reason: 'InvalidBirthDate', problem: 'twoDigitYear' }],
    ['#BUDI 2#25011987#07122026', { reason: 'InvalidName', problem: 'badCharacter' }],
  ])('refuses %s', async (text, expected) => {
    const { send, service } = await serviceFixture();
    const answer = await send(text);
    expect(answer.outcome).toEqual({ kind: 'rejected', ...expected });
    expect((await service.dayList('2026-12-07'))._unsafeUnwrap()).toEqual([]);
  });

  it('books today only in a session whose deadline is ahead, and refuses today after the last one', async () => {
    const { send, clock } = await serviceFixture();
    const now = await send('#BUDI#25011987#30112026', PHONE_A); // 09:00 WIB: 08:00 deadline passed
    expect(now.outcome).toMatchObject({ kind: 'confirmed', sessionStart: '2026-11-30T10:00:00+07:00' });
    clock.set('2026-11-30T02:31:00Z'); // 09:31 WIB
    const late = await send('#SITI#02021990#30112026', PHONE_B);
    expect(late.outcome).toEqual({
      kind: 'rejected',
      reason: 'ArrivalDateInPast',
      date: '2026-11-30',
      today: '2026-11-30',
    });
  });

  it('reads today in the office zone across the UTC date boundary', async () => {
    const { send, clock } = await serviceFixture();
    clock.set('2026-11-30T16:30:00Z'); // 23:30 WIB on Monday 30 November
    expect((await send('#BUDI#25011987#01122026')).outcome).toMatchObject({
      kind: 'confirmed',
      date: '2026-12-01',
    });
    clock.set('2026-11-30T17:30:00Z'); // 00:30 WIB on Tuesday 1 December
    const past = await send('#SITI#02021990#30112026', PHONE_B);
    expect(past.outcome).toMatchObject({ reason: 'ArrivalDateInPast', today: '2026-12-01' });
  });

  it('refuses a landline and answers to the number as given', async () => {
    const { send } = await serviceFixture();
    const answer = await send(BUDI, LANDLINE);
    expect(answer).toMatchObject({
      to: LANDLINE,
      outcome: { reason: 'NotPersonalNumber', problem: 'notMobile' },
    });
  });

  it('answers help from any sender', async () => {
    const { send } = await serviceFixture();
    expect((await send('halo', 'not a number')).outcome).toEqual({ kind: 'help' });
  });

  it('lets the applicant book again once the code has expired', async () => {
    const { send, clock } = await serviceFixture();
    const first = await send(BUDI);
    clock.set('2026-12-07T00:31:00Z'); // 07:31 WIB, a minute past the deadline
    const again = await send('#BUDI SANTOSO#25011987#08122026');
    expect(again.outcome).toMatchObject({ kind: 'confirmed', date: '2026-12-08' });
    expect(again.outcome).not.toMatchObject({
      code: first.outcome.kind === 'confirmed' ? first.outcome.code : '',
    });
  });
});
