import type { HandledMessage } from '@antrean/core';
import { describe, expect, it } from 'vitest';
import { canonical, PHONE_A, PHONE_B, serviceFixture } from './service-fixture';

const BUDI = '#BUDI SANTOSO#25011987#07122026';

const codeOf = (answer: HandledMessage): string =>
  answer.outcome.kind === 'confirmed' ? answer.outcome.code : '';

describe('cancel', () => {
  it('cancels from the owner and frees the place for the next applicant', async () => {
    const { send } = await serviceFixture();
    const code = codeOf(await send(BUDI, PHONE_A));
    await send('#SITI#02021990#07122026', PHONE_B);
    const cancelled = await send(`#BATAL#${code}`, PHONE_A);
    expect(cancelled.outcome).toEqual({ kind: 'cancelled', code });
    expect(cancelled.text).toContain(code);
    const next = await send('#ANDI#03031991#07122026', '081311112222');
    expect(next.outcome).toMatchObject({ kind: 'confirmed', sessionStart: '2026-12-07T08:00:00+07:00' });
  });

  it('accepts the code in lower case and without the dash', async () => {
    const { send } = await serviceFixture();
    const code = codeOf(await send(BUDI));
    const cancelled = await send(`#cancel#${canonical(code).toLowerCase()}`);
    expect(cancelled.outcome).toEqual({ kind: 'cancelled', code });
  });

  it('answers another number as if the code did not exist, and keeps the booking', async () => {
    const { send, store, office } = await serviceFixture();
    const code = codeOf(await send(BUDI, PHONE_A));
    for (const text of [`#BATAL#${code}`, `#CEK#${code}`]) {
      const answer = await send(text, PHONE_B);
      expect(answer.outcome).toEqual({ kind: 'rejected', reason: 'CodeNotFound', problem: 'unknown' });
    }
    expect((await store.findByCode(office.id, canonical(code)))._unsafeUnwrap()?.status).toBe('active');
  });

  it('refuses a second cancellation and a code that fails its check character', async () => {
    const { send } = await serviceFixture();
    const code = codeOf(await send(BUDI));
    await send(`#BATAL#${code}`);
    expect((await send(`#BATAL#${code}`)).outcome).toMatchObject({
      reason: 'CodeNotFound',
      problem: 'unknown',
    });
    expect((await send('#CEK#AAAA-AAAA')).outcome).toMatchObject({
      reason: 'CodeNotFound',
      problem: 'invalid',
    });
  });
});

describe('status', () => {
  it('reports active, checked_in, expired and cancelled', async () => {
    const { send, service, clock } = await serviceFixture();
    const active = codeOf(await send(BUDI, PHONE_A));
    expect((await send(`#CEK#${active}`, PHONE_A)).outcome).toEqual({
      kind: 'status',
      code: active,
      state: 'active',
      date: '2026-12-07',
      sessionStart: '2026-12-07T08:00:00+07:00',
      sessionEnd: '2026-12-07T10:00:00+07:00',
      checkInDeadline: '2026-12-07T07:30:00+07:00',
    });

    const cancelledCode = codeOf(await send('#SITI#02021990#08122026', PHONE_B));
    await send(`#BATAL#${cancelledCode}`, PHONE_B);
    expect((await send(`#STATUS#${cancelledCode}`, PHONE_B)).outcome).toMatchObject({ state: 'cancelled' });

    clock.set('2026-12-07T00:15:00Z'); // 07:15 WIB, before the deadline
    expect((await service.checkIn(active))._unsafeUnwrap()).toMatchObject({ type: 'CheckedIn' });
    expect((await send(`#CEK#${active}`, PHONE_A)).outcome).toMatchObject({ state: 'checked_in' });
  });

  it('reports a code not checked in by its deadline as expired', async () => {
    const { send, clock } = await serviceFixture();
    const code = codeOf(await send(BUDI));
    clock.set('2026-12-07T00:30:00Z'); // the deadline itself: still active
    expect((await send(`#CEK#${code}`)).outcome).toMatchObject({ state: 'active' });
    clock.set('2026-12-07T00:31:00Z');
    const expired = await send(`#CEK#${code}`);
    expect(expired.outcome).toMatchObject({ state: 'expired' });
    expect(expired.text).toContain('hangus');
  });
});

describe('officer operations', () => {
  it('refuses to check in a malformed code and lists the day', async () => {
    const { send, service } = await serviceFixture();
    const code = codeOf(await send(BUDI));
    expect((await service.checkIn('nonsense'))._unsafeUnwrap()).toEqual({ type: 'InvalidCode' });
    const list = (await service.dayList('2026-12-07'))._unsafeUnwrap();
    expect(list.map((entry) => [entry.booking.code, entry.state])).toEqual([[canonical(code), 'active']]);
  });
});
