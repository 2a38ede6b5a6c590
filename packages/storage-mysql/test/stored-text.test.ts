import type { BookingStore, MessageKey } from '@antrean/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness } from './mysql-harness';
import { createTestDatabase, type TestDatabase, whenServer } from './test-database';

/** Texts InnoDB's utf8mb4 or the driver might alter: each is kept exactly or refused, never changed. */
const HOSTILE: Record<string, string> = {
  'a NUL character': 'before\u0000after',
  'a lone high surrogate': 'x\uD800y',
  'a lone low surrogate': 'x\uDC00y',
  'a 4-byte emoji': 'antre 🎫🇮🇩 selesai',
  'trailing spaces (PAD SPACE collations drop them)': 'kode  ',
  'a different case of the same letters': 'KODE-kode',
};

await whenServer(async (url) => {
  let db: TestDatabase;
  let store: BookingStore;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    db = await createTestDatabase(url, '_text');
    const harness = await openHarness(db);
    store = harness.store;
    dispose = harness.dispose;
  });
  afterAll(async () => {
    await dispose();
    await db.drop();
  });

  describe('mysql: stored text', () => {
    for (const [name, text] of Object.entries(HOSTILE)) {
      it(`${name} in a reply and in its key is read back unchanged, or refused and nothing kept`, async () => {
        const key: MessageKey = { channel: 'sms', sender: `+62${text}`, messageId: `m-${text}` };
        const reply = { text, outcome: { kind: 'help' } } as never;
        const recorded = await store.recordReply(key, reply, new Date('2030-01-01T00:00:00Z'));
        const found = await store.findReply(key);
        if (recorded.isErr()) {
          expect(found.isOk() && found.value).toBeFalsy();
          return;
        }
        expect(found._unsafeUnwrap()?.text).toBe(text);
      });
    }

    it('keys differing only in case or trailing spaces are different messages', async () => {
      const at = new Date('2030-01-01T00:00:00Z');
      const outcome = { kind: 'help' } as never;
      const lower = { channel: 'sms', sender: '+62', messageId: 'case-a' };
      const upper = { ...lower, messageId: 'CASE-A' };
      const spaced = { ...lower, messageId: 'case-a ' };
      expect((await store.recordReply(lower, { text: 'lower', outcome }, at))._unsafeUnwrap().first).toBe(
        true,
      );
      expect((await store.recordReply(upper, { text: 'upper', outcome }, at))._unsafeUnwrap().first).toBe(
        true,
      );
      expect((await store.recordReply(spaced, { text: 'spaced', outcome }, at))._unsafeUnwrap().first).toBe(
        true,
      );
      expect((await store.findReply(upper))._unsafeUnwrap()?.text).toBe('upper');
      expect((await store.findReply(spaced))._unsafeUnwrap()?.text).toBe('spaced');
    });
  });
});
