import { describe, expect, it } from 'vitest';
import { canonical, PHONE_A, PHONE_B, serviceFixture } from './service-fixture';

const BUDI = '#BUDI SANTOSO#25011987#07122026';

describe('booking codes in the service', () => {
  it('draws a new code when the generated one is taken', async () => {
    const bodies = ['AAAAAAA', 'AAAAAAA', 'BBBBBBB'];
    const { send, store, office } = await serviceFixture({ generateCode: () => bodies.shift() ?? 'CCCCCCC' });
    const first = await send(BUDI, PHONE_A);
    const second = await send('#SITI#02021990#07122026', PHONE_B);
    expect(first.outcome).toMatchObject({ code: expect.stringMatching(/^AAAA-AAA/) });
    expect(second.outcome).toMatchObject({ kind: 'confirmed', code: expect.stringMatching(/^BBBB-BBB/) });
    const code = second.outcome.kind === 'confirmed' ? canonical(second.outcome.code) : '';
    expect((await store.findByCode(office.id, code))._unsafeUnwrap()?.phone).toBe('+6281234567890');
  });

  it('fails with CodeGeneratorFailed, booking nothing, when every code drawn is taken', async () => {
    const { send, service, message } = await serviceFixture({ generateCode: () => 'AAAAAAA' });
    await send(BUDI, PHONE_A);
    const result = await service.handle(message('#SITI#02021990#07122026', PHONE_B));
    expect(result._unsafeUnwrapErr()).toMatchObject({
      type: 'CodeGeneratorFailed',
      message: expect.stringContaining('5 were codes already taken'),
    });
    expect((await service.dayList('2026-12-07'))._unsafeUnwrap()).toHaveLength(1);
  });

  it('fails with CodeGeneratorFailed, carrying the cause, when the code generator throws every time', async () => {
    const failure = new Error('entropy source gone');
    const { service, message } = await serviceFixture({
      generateCode: () => {
        throw failure;
      },
    });
    const result = await service.handle(message(BUDI));
    expect(result._unsafeUnwrapErr()).toMatchObject({ type: 'CodeGeneratorFailed', cause: failure });
    expect((await service.dayList('2026-12-07'))._unsafeUnwrap()).toEqual([]);
  });

  it('fails with CodeGeneratorFailed when the generator returns junk every time (wrong length, not a string)', async () => {
    for (const junk of ['abc', 'AAAAAAAA', 'AAAA-AA', 42, undefined]) {
      const { service, message } = await serviceFixture({ generateCode: () => junk as string });
      const result = await service.handle(message(BUDI));
      expect(result._unsafeUnwrapErr()).toMatchObject({
        type: 'CodeGeneratorFailed',
        message: expect.stringContaining('5 draws threw or returned no 7-character code body'),
      });
    }
  });

  it('books with the first usable code when only some draws are junk', async () => {
    const bodies: unknown[] = ['bad', 42, 'DDDDDDD'];
    const { send } = await serviceFixture({ generateCode: () => bodies.shift() as string });
    expect((await send(BUDI)).outcome).toMatchObject({
      kind: 'confirmed',
      code: expect.stringMatching(/^DDDD-DDD/),
    });
  });
});
