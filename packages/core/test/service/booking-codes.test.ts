import { describe, expect, it } from 'vitest';
import { canonical, PHONE_A, PHONE_B, serviceFixture } from './service-fixture';

const BUDI = '#BUDI SANTOSO#25011987#07122026';

describe('booking codes in the service', () => {
  it('draws a new code when the generated one is taken', async () => {
    const bodies = ['AAAAAAA', 'AAAAAAA', 'BBBBBBB'];
    const { send, store } = serviceFixture({ generateCode: () => bodies.shift() ?? 'CCCCCCC' });
    const first = await send(BUDI, PHONE_A);
    const second = await send('#SITI#02021990#07122026', PHONE_B);
    expect(first.outcome).toMatchObject({ code: expect.stringMatching(/^AAAA-AAA/) });
    expect(second.outcome).toMatchObject({ kind: 'confirmed', code: expect.stringMatching(/^BBBB-BBB/) });
    const code = second.outcome.kind === 'confirmed' ? canonical(second.outcome.code) : '';
    expect((await store.findByCode(code))._unsafeUnwrap()?.phone).toBe('+6281234567890');
  });

  it('fails with StoreUnavailable, booking nothing, when every code drawn is taken', async () => {
    const { send, service, message } = serviceFixture({ generateCode: () => 'AAAAAAA' });
    await send(BUDI, PHONE_A);
    const result = await service.handle(message('#SITI#02021990#07122026', PHONE_B));
    expect(result._unsafeUnwrapErr()).toMatchObject({ type: 'StoreUnavailable' });
    expect((await service.dayList('2026-12-07'))._unsafeUnwrap()).toHaveLength(1);
  });

  it('fails with StoreUnavailable instead of throwing when the code generator throws', async () => {
    const { service, message } = serviceFixture({
      generateCode: () => {
        throw new Error('entropy source gone');
      },
    });
    const result = await service.handle(message(BUDI));
    expect(result._unsafeUnwrapErr()).toMatchObject({ type: 'StoreUnavailable' });
  });
});
