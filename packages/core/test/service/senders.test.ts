import { MAX_UNREAD_SENDER_LENGTH } from '@antrean/core';
import { describe, expect, it } from 'vitest';
import { PHONE_A, PHONE_B, serviceFixture } from './service-fixture';

describe('senders', () => {
  // Issue 6: Telegram numbers messages per chat, and the same id from another number was handed
  // the first sender's confirmation, someone else's code included.
  it("answers the same channel and message id from another number as its own message, never with the first's reply", async () => {
    const { send } = await serviceFixture();
    const first = await send('#BUDI SANTOSO#25011987#07122026', PHONE_A, '17');
    const second = await send('#SITI AMINAH#02021990#07122026', PHONE_B, '17');
    expect(second.replayed).toBe(false);
    expect(second.outcome).toMatchObject({ kind: 'confirmed' });
    expect(second.outcome).not.toEqual(first.outcome);
    expect(second.text).not.toContain(first.outcome.kind === 'confirmed' ? first.outcome.code : '?');
    expect(await send('#BUDI SANTOSO#25011987#07122026', PHONE_A, '17')).toEqual({
      ...first,
      replayed: true,
    });
  });

  it('treats one number written two ways as one sender for redelivery', async () => {
    const { send } = await serviceFixture();
    const first = await send('#BUDI SANTOSO#25011987#07122026', '081299004406', 'wamid.1');
    const again = await send('#BUDI SANTOSO#25011987#07122026', '+62 812-9900-4406', 'wamid.1');
    expect(again).toEqual({ ...first, replayed: true });
  });

  it('cuts an unreadable sender to 64 characters, cleaned of control and format characters', async () => {
    const { send } = await serviceFixture();
    const huge = `bot\u0000\u202e\n${'x'.repeat(1_000_000)}`;
    const answer = await send('halo', huge);
    expect(answer.to).toBe(`bot${'x'.repeat(MAX_UNREAD_SENDER_LENGTH - 3)}`);
    expect(answer.to).toHaveLength(64);
    expect((await send('halo', '\ud83d\ude00'.repeat(40))).to).toBe('\ud83d\ude00'.repeat(32));
    expect((await send('halo', `${'a'.repeat(63)}\ud83d\ude00`)).to).toBe('a'.repeat(63));
    expect((await send('halo', 'ab\ud800cd')).to).toBe('abcd');
  });

  it('replays to an unreadable sender under its cleaned key', async () => {
    const { send } = await serviceFixture();
    const from = `\u0007${'y'.repeat(5000)}`;
    const first = await send('halo', from, 'm-unread');
    expect(await send('halo', from, 'm-unread')).toEqual({ ...first, replayed: true });
  });
});
