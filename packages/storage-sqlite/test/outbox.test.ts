/**
 * The outbox on SQLite beyond the conformance suite: two connections to one file claiming at
 * once, lease expiry across connections, and ids that a purge never hands out again.
 */
import type { BookingStore, MessageKey, OutboxItem } from '@antrean/core';
import { createSqliteStore } from '@antrean/storage-sqlite';
import { conformanceFixtures } from '@antrean/testkit';
import { describe, expect, it } from 'vitest';
import { openLibsql, tempDir } from './sqlite-harness';

const { NOW, fixtures, helpReply, later } = conformanceFixtures;
const VIA = '106540352242922';

/** Two stores on two connections to one new file; `close` closes both and removes the file. */
const twoConnections = async () => {
  const dir = tempDir();
  const dbs = [openLibsql(dir.file()), openLibsql(dir.file())];
  const stores = await Promise.all(dbs.map(async (db) => (await createSqliteStore(db))._unsafeUnwrap()));
  return {
    stores: [stores[0]!, stores[1]!] as [BookingStore, BookingStore],
    close: () => {
      for (const db of dbs) db.close();
      dir.remove();
    },
  };
};

/** Records `count` help replies asking for delivery, a second apart; returns their keys. */
const enqueue = async (store: BookingStore, count: number): Promise<MessageKey[]> => {
  const f = fixtures();
  const keys: MessageKey[] = [];
  for (let i = 0; i < count; i++) {
    const key = { ...f.messageKey(), channel: 'whatsapp' };
    const at = new Date(NOW.getTime() + i * 1000);
    (await store.recordReply(key, helpReply(`n${i}`), at, { via: VIA, to: key.sender }))._unsafeUnwrap();
    keys.push(key);
  }
  return keys;
};

const claim = async (store: BookingStore, now: Date, leaseToken: string, limit = 100) =>
  (await store.claim({ now, leaseUntil: later(now, 1), leaseToken, limit }))._unsafeUnwrap();

describe('sqlite outbox', () => {
  it('two connections claiming at once never get the same item, and together get all', async () => {
    const { stores, close } = await twoConnections();
    try {
      await enqueue(stores[0], 120);
      const at = later(NOW, 5);
      const claimed: OutboxItem[][] = [[], []];
      // Interleaved claims from both connections until both come back empty.
      for (let round = 0; ; round++) {
        const batches = await Promise.all(stores.map((store, i) => claim(store, at, `c${i}-${round}`, 7)));
        for (const [i, batch] of batches.entries()) claimed[i]!.push(...batch);
        if (batches.every((batch) => batch.length === 0)) break;
      }
      const ids = claimed.flat().map((item) => item.id);
      expect(new Set(ids).size).toBe(120);
      expect(ids).toHaveLength(120);
      expect(claimed.every((mine) => mine.length > 0)).toBe(true);
      expect((await stores[1].outboxStats())._unsafeUnwrap()).toEqual({ pending: 120, oldestPendingAt: NOW });
    } finally {
      close();
    }
  });

  it('an expired lease lets the other connection claim the item; the first holder then loses it', async () => {
    const { stores, close } = await twoConnections();
    try {
      await enqueue(stores[0], 1);
      const [first] = await claim(stores[0], NOW, 'first');
      expect(await claim(stores[1], later(NOW, 0.5), 'early')).toEqual([]);
      const [again] = await claim(stores[1], later(NOW, 1), 'second');
      expect(again?.id).toBe(first?.id);
      const sent = { id: first!.id, at: later(NOW, 1), providerMessageId: 'wamid.x' };
      expect((await stores[0].markSent({ ...sent, leaseToken: 'first' }))._unsafeUnwrap()).toBe(false);
      expect((await stores[1].markSent({ ...sent, leaseToken: 'second' }))._unsafeUnwrap()).toBe(true);
      expect((await stores[0].outboxStats())._unsafeUnwrap()).toEqual({ pending: 0 });
    } finally {
      close();
    }
  });

  it('item ids are never reused, even after a purge removed the newest item', async () => {
    const { stores, close } = await twoConnections();
    try {
      await enqueue(stores[0], 1);
      const [item] = await claim(stores[0], NOW, 'lease');
      const done = { id: item!.id, leaseToken: 'lease', at: NOW, providerMessageId: 'wamid.1' };
      (await stores[0].markSent(done))._unsafeUnwrap();
      expect((await stores[0].purge(later(NOW, 60)))._unsafeUnwrap().messages).toBe(1);
      await enqueue(stores[1], 1);
      const [next] = await claim(stores[1], NOW, 'lease-2');
      expect(next?.id).not.toBe(item?.id);
    } finally {
      close();
    }
  });

  it('an id no claim returned is refused, not an error', async () => {
    const { stores, close } = await twoConnections();
    try {
      for (const id of ['', 'abc', '1; DROP TABLE messages', '-1', '99999999999999999999']) {
        const update = { id, leaseToken: 't', at: NOW, until: NOW };
        expect((await stores[0].postpone(update))._unsafeUnwrap()).toBe(false);
      }
    } finally {
      close();
    }
  });
});
