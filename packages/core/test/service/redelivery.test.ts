import { describe, expect, it } from 'vitest';
import { PHONE_A, PHONE_B, serviceFixture } from './service-fixture';

describe('redelivered messages', () => {
  it('repeats the first confirmation unchanged, even after the clock moved, and books nothing more', async () => {
    const { send, service, clock } = await serviceFixture();
    const first = await send('#BUDI#25011987#07122026', PHONE_A, 'wamid.1');
    clock.set('2026-12-09T02:00:00Z');
    const again = await send('#BUDI#25011987#07122026', PHONE_A, 'wamid.1');
    expect(again).toEqual({ ...first, replayed: true });
    expect((await service.dayList('2026-12-07'))._unsafeUnwrap()).toHaveLength(1);
  });

  it('repeats a refusal even when the situation has since changed', async () => {
    const { send } = await serviceFixture();
    const a = await send('#BUDI#25011987#07122026', PHONE_A);
    await send('#SITI#02021990#07122026', PHONE_B);
    const full = await send('#ANDI#03031991#07122026', '081311112222', 'wamid.full');
    expect(full.outcome).toMatchObject({ reason: 'FullyBooked' });
    await send(`#BATAL#${a.outcome.kind === 'confirmed' ? a.outcome.code : ''}`, PHONE_A);
    const again = await send('#ANDI#03031991#07122026', '081311112222', 'wamid.full');
    expect(again).toEqual({ ...full, replayed: true });
  });

  it('repeats a cancellation without touching anything else', async () => {
    const { send } = await serviceFixture();
    const booked = await send('#BUDI#25011987#07122026');
    const code = booked.outcome.kind === 'confirmed' ? booked.outcome.code : '';
    const cancelled = await send(`#BATAL#${code}`, PHONE_A, 'wamid.cancel');
    const again = await send(`#BATAL#${code}`, PHONE_A, 'wamid.cancel');
    expect(again).toEqual({ ...cancelled, replayed: true });
    expect(again.outcome).toEqual({ kind: 'cancelled', code });
  });

  it('answers concurrent deliveries of one message with one reply', async () => {
    const { service, message } = await serviceFixture();
    const one = message('#BUDI#25011987#07122026', PHONE_A, 'wamid.race');
    const results = await Promise.all([service.handle(one), service.handle(one), service.handle(one)]);
    const answers = results.map((r) => r._unsafeUnwrap());
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect(answers.filter((a) => !a.replayed)).toHaveLength(1);
    expect((await service.dayList('2026-12-07'))._unsafeUnwrap()).toHaveLength(1);
  });

  it('sends a refusal or help once when its deliveries race: the others are marked replayed', async () => {
    const { service, message } = await serviceFixture();
    for (const text of ['halo', '#BUDI#250187#07122026']) {
      const one = message(text, PHONE_A, `wamid.${text}`);
      const results = await Promise.all([service.handle(one), service.handle(one), service.handle(one)]);
      const answers = results.map((r) => r._unsafeUnwrap());
      expect(new Set(answers.map((a) => a.text)).size).toBe(1);
      expect(answers.filter((a) => !a.replayed)).toHaveLength(1);
    }
  });
});

// Mutation testing showed that deleting the early replay check failed no test: a redelivery must
// be answered from the message log alone, without reading the clock or drawing a code.
describe('a redelivery reads neither the clock nor the code generator', () => {
  it.each([
    ['a confirmation', '#BUDI#25011987#07122026'],
    ['a refusal', '#BUDI#250187#07122026'],
    ['help', 'halo'],
  ])('for %s', async (_label, text) => {
    const counts = { clock: 0, codes: 0 };
    let broken = false;
    const clock = {
      now: () => {
        if (broken) throw new Error('clock read on a redelivery');
        counts.clock += 1;
        return new Date('2026-11-30T02:00:00Z');
      },
      set: () => undefined,
    };
    let next = 1000;
    const generateCode = () => {
      if (broken) throw new Error('code drawn on a redelivery');
      counts.codes += 1;
      return String(next++).padStart(7, '2').replace(/[01]/g, '2');
    };
    const { service, message } = await serviceFixture({ clock, generateCode });
    const one = message(text, PHONE_A, 'wamid.again');
    const first = (await service.handle(one))._unsafeUnwrap();
    expect(counts.clock).toBeGreaterThan(0);
    broken = true;
    const again = await service.handle(one);
    expect(again._unsafeUnwrap()).toEqual({ ...first, replayed: true });
  });
});
