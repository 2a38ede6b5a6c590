import type { HandledMessage } from '@antrean/core';
import { describe, expect, it } from 'vitest';
import { canonical, PHONE_A, PHONE_B, serviceFixture, smallOffice } from './service-fixture';

const codeOf = (answer: HandledMessage): string =>
  answer.outcome.kind === 'confirmed' ? answer.outcome.code : '';

// Booked for Monday 7 December 2026, 08:00 WIB (01:00Z); deadline 07:30 WIB (00:30Z); the window
// opens 120 minutes before the session, at 06:00 WIB (23:00Z on the 6th).
const booked = async (office = smallOffice()) => {
  const fixture = await serviceFixture({ office });
  const code = codeOf(await fixture.send('#BUDI SANTOSO#25011987#07122026', PHONE_A));
  return { ...fixture, code };
};

describe('counter check-in', () => {
  it('checks in from the opening of the window through the deadline, code typed with a space', async () => {
    for (const at of ['2026-12-06T23:00:00Z', '2026-12-07T00:30:00Z']) {
      const { service, clock, code } = await booked();
      clock.set(at);
      const result = (await service.checkIn(code.replace('-', ' ').toLowerCase()))._unsafeUnwrap();
      expect(result).toMatchObject({
        type: 'CheckedIn',
        booking: { code: canonical(code), status: 'checked_in' },
      });
    }
  });

  it('is too early days before and a millisecond before the window, saying when it opens', async () => {
    const { service, clock, code, store, office } = await booked();
    for (const at of ['2026-11-30T02:00:00Z', '2026-12-06T22:59:59.999Z']) {
      clock.set(at);
      expect((await service.checkIn(code))._unsafeUnwrap()).toMatchObject({
        type: 'TooEarly',
        opensAt: new Date('2026-12-06T23:00:00Z'),
      });
    }
    expect((await store.findByCode(office.id, canonical(code)))._unsafeUnwrap()?.status).toBe('active');
  });

  it('follows checkInOpensMinutesBefore, but never opens before the booking day', async () => {
    const { service, clock, code } = await booked(smallOffice({ checkInOpensMinutesBefore: 60 }));
    clock.set('2026-12-06T23:59:00Z');
    expect((await service.checkIn(code))._unsafeUnwrap()).toMatchObject({
      type: 'TooEarly',
      opensAt: new Date('2026-12-07T00:00:00Z'),
    });
    const wide = await booked(smallOffice({ checkInOpensMinutesBefore: 1440 }));
    wide.clock.set('2026-12-06T16:59:59Z'); // 23:59:59 WIB the evening before
    expect((await wide.service.checkIn(wide.code))._unsafeUnwrap()).toMatchObject({
      type: 'TooEarly',
      opensAt: new Date('2026-12-06T17:00:00Z'), // 00:00 WIB on the booking day
    });
  });

  it('is expired (hangus) a millisecond after the deadline, and on a later day', async () => {
    for (const at of ['2026-12-07T00:30:00.001Z', '2026-12-09T01:00:00Z']) {
      const { service, clock, code } = await booked();
      clock.set(at);
      expect((await service.checkIn(code))._unsafeUnwrap()).toMatchObject({ type: 'Expired' });
    }
  });

  it('says cancelled, already checked in, not found and invalid', async () => {
    const { service, clock, code, send } = await booked();
    const other = codeOf(await send('#SITI#02021990#07122026', PHONE_B));
    await send(`#BATAL#${other}`, PHONE_B);
    clock.set('2026-12-07T00:00:00Z');
    expect((await service.checkIn(other))._unsafeUnwrap()).toMatchObject({ type: 'Cancelled' });
    expect((await service.checkIn(code))._unsafeUnwrap()).toMatchObject({ type: 'CheckedIn' });
    expect((await service.checkIn(code))._unsafeUnwrap()).toMatchObject({ type: 'AlreadyCheckedIn' });
    expect((await service.checkIn('AAAA-AAAA'))._unsafeUnwrap()).toEqual({ type: 'InvalidCode' });
    expect((await service.checkIn('nonsense'))._unsafeUnwrap()).toEqual({ type: 'InvalidCode' });
    expect((await service.checkIn('2222-2222'))._unsafeUnwrap()).toEqual({ type: 'NotFound' });
  });

  it('an applicant checked in days early can no longer book a second place (issue 6)', async () => {
    const { service, code, send } = await booked();
    expect((await service.checkIn(code))._unsafeUnwrap().type).toBe('TooEarly');
    expect((await send('#BUDI SANTOSO#25011987#08122026', PHONE_A)).outcome).toMatchObject({
      reason: 'AlreadyBooked',
    });
  });
});

describe('day list', () => {
  it("reports each booking's state at the clock's now, not the stored status", async () => {
    const { service, clock, code, send } = await booked();
    const other = codeOf(await send('#SITI#02021990#07122026', PHONE_B)); // the 10:00 session
    const stateAt = async () =>
      (await service.dayList('2026-12-07'))._unsafeUnwrap().map((entry) => [entry.booking.code, entry.state]);
    clock.set('2026-12-07T00:30:00Z');
    expect(await stateAt()).toEqual([
      [canonical(code), 'active'],
      [canonical(other), 'active'],
    ]);
    clock.set('2026-12-07T01:00:00Z'); // 08:00 WIB: the first deadline passed, the second window opens
    expect((await service.checkIn(other))._unsafeUnwrap().type).toBe('CheckedIn');
    expect(await stateAt()).toEqual([
      [canonical(code), 'expired'],
      [canonical(other), 'checked_in'],
    ]);
  });
});
