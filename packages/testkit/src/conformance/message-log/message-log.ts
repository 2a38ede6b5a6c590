/**
 * The message log: a message key is (channel, sender, messageId); a provider may number messages
 * per chat, so the same id from another sender or on another channel is another message.
 * - `recordReply(key, reply, at)` inserts when the key is absent and returns `{ reply, first: true }`;
 *   when present it returns the stored reply unchanged with `first: false`.
 * - `findReply` returns the stored reply, or undefined.
 */
import type { MessageKey } from '@antrean/core';
import type { SuiteContext } from '../conformance-types';
import { fixtures, helpReply, later, NOW } from '../fixtures';
import { settled } from '../support';

/** Declares the message log tests. */
export function messageLogTests({ api, harness }: SuiteContext): void {
  const { it, expect } = api;

  it('recordReply keeps the first reply and returns it to every later call', async () => {
    const { store, probe } = harness();
    const key = fixtures().messageKey();
    expect(await settled(store.findReply(key))).toBeUndefined();
    expect(await settled(store.recordReply(key, helpReply('one'), NOW))).toEqual({
      reply: helpReply('one'),
      first: true,
    });
    expect(await settled(store.recordReply(key, helpReply('two'), later(NOW, 1)))).toEqual({
      reply: helpReply('one'),
      first: false,
    });
    expect(await settled(store.findReply(key))).toEqual(helpReply('one'));
    expect(await probe.messageReply(key)).toBe(helpReply('one').text);
  });

  const distinctKeys = (what: string, pair: (key: MessageKey) => readonly [MessageKey, MessageKey]) =>
    it(`the same message id ${what} is another message, never handed the first reply`, async () => {
      const { store, probe } = harness();
      const [key, other] = pair(fixtures().messageKey());
      await settled(store.recordReply(key, helpReply('first'), NOW));
      expect(await settled(store.findReply(other))).toBeUndefined();
      expect(await settled(store.recordReply(other, helpReply('second'), NOW))).toEqual({
        reply: helpReply('second'),
        first: true,
      });
      expect(await probe.messageReply(other)).toBe(helpReply('second').text);
      expect(await probe.messageReply(key)).toBe(helpReply('first').text);
      expect(await settled(store.findReply(key))).toEqual(helpReply('first'));
    });

  distinctKeys('on another channel', (key) => [key, { ...key, channel: 'other' }]);
  distinctKeys('from another sender', (key) => [key, { ...key, sender: fixtures().messageKey().sender }]);
  // A store that joins the parts with a separator would take these two for one message.
  distinctKeys('with the parts split differently', (key) => [
    { ...key, sender: `${key.sender}|1` },
    { ...key, messageId: `1|${key.messageId}` },
  ]);
}
