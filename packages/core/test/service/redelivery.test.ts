import { describe, expect, it } from 'vitest';
import { PHONE_A, PHONE_B, serviceFixture } from './service-fixture';

describe('redelivered messages', () => {
  it('repeats the first confirmation unchanged, even after the clock moved, and books nothing more', async () => {
    const { send, service, clock } = serviceFixture();
    const first = await send('#BUDI#25011987#07122026', PHONE_A, 'wamid.1');
    clock.set('2026-12-09T02:00:00Z');
    const again = await send('#BUDI#25011987#07122026', PHONE_A, 'wamid.1');
    expect(again).toEqual({ ...first, replayed: true });
    expect((await service.dayList('2026-12-07'))._unsafeUnwrap()).toHaveLength(1);
  });

  it('repeats a refusal even when the situation has since changed', async () => {
    const { send } = serviceFixture();
    const a = await send('#BUDI#25011987#07122026', PHONE_A);
    await send('#SITI#02021990#07122026', PHONE_B);
    const full = await send('#ANDI#03031991#07122026', '081311112222', 'wamid.full');
    expect(full.outcome).toMatchObject({ reason: 'FullyBooked' });
    await send(`#BATAL#${a.outcome.kind === 'confirmed' ? a.outcome.code : ''}`, PHONE_A);
    const again = await send('#ANDI#03031991#07122026', '081311112222', 'wamid.full');
    expect(again).toEqual({ ...full, replayed: true });
  });

  it('repeats a cancellation without touching anything else', async () => {
    const { send } = serviceFixture();
    const booked = await send('#BUDI#25011987#07122026');
    const code = booked.outcome.kind === 'confirmed' ? booked.outcome.code : '';
    const cancelled = await send(`#BATAL#${code}`, PHONE_A, 'wamid.cancel');
    const again = await send(`#BATAL#${code}`, PHONE_A, 'wamid.cancel');
    expect(again).toEqual({ ...cancelled, replayed: true });
    expect(again.outcome).toEqual({ kind: 'cancelled', code });
  });

  it('answers concurrent deliveries of one message with one reply', async () => {
    const { service, message } = serviceFixture();
    const one = message('#BUDI#25011987#07122026', PHONE_A, 'wamid.race');
    const results = await Promise.all([service.handle(one), service.handle(one), service.handle(one)]);
    const answers = results.map((r) => r._unsafeUnwrap());
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect(answers.filter((a) => !a.replayed)).toHaveLength(1);
    expect((await service.dayList('2026-12-07'))._unsafeUnwrap()).toHaveLength(1);
  });

  it('sends a refusal or help once when its deliveries race: the others are marked replayed', async () => {
    const { service, message } = serviceFixture();
    for (const text of ['halo', '#BUDI#250187#07122026']) {
      const one = message(text, PHONE_A, `wamid.${text}`);
      const results = await Promise.all([service.handle(one), service.handle(one), service.handle(one)]);
      const answers = results.map((r) => r._unsafeUnwrap());
      expect(new Set(answers.map((a) => a.text)).size).toBe(1);
      expect(answers.filter((a) => !a.replayed)).toHaveLength(1);
    }
  });
});
