/**
 * The outbox on PostgreSQL beyond the conformance suite: several pools (replicas) claiming at
 * once never share an item and leave none behind; an expired lease is taken over and its old
 * holder's marks are refused. On the server in ANTREAN_TEST_DATABASE_URL, else on PGlite.
 */
import type { BookingStore, OutboxItem } from '@antrean/core';
import { createPostgresStore } from '@antrean/storage-postgres';
import { conformanceFixtures as fx } from '@antrean/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from './test-database';

const db = await openTestDatabase();
afterAll(() => db.close());

const VIA = '106540352242922';
const schema = db.freshSchema('_outbox');

/** `count` stores on one schema, each on its own pool of `connections`: replicas of one bot. */
const replicas = (count: number, connections = 3): Promise<BookingStore[]> =>
  Promise.all(
    Array.from({ length: count }, async () =>
      (await createPostgresStore(db.pool(connections), { schema }))._unsafeUnwrap(),
    ),
  );

/** Records `count` replies asking for delivery on a channel of their own, a second apart. */
const enqueue = async (store: BookingStore, channel: string, count: number): Promise<void> => {
  const f = fx.fixtures();
  for (let i = 0; i < count; i++) {
    const key = { ...f.messageKey(), channel };
    const at = new Date(fx.NOW.getTime() + i * 1000);
    (await store.recordReply(key, fx.helpReply(`n${i}`), at, { via: VIA, to: key.sender }))._unsafeUnwrap();
  }
};

const claim = async (store: BookingStore, channel: string, now: Date, leaseToken: string, limit = 100) =>
  (await store.claim({ now, leaseUntil: fx.later(now, 1), leaseToken, limit, channel }))._unsafeUnwrap();

describe('postgres outbox across replicas', () => {
  it('four replicas claiming in parallel loops never get the same item, and together get all', async () => {
    const stores = await replicas(4);
    const channel = `race-${fx.fixtures().officeId}`;
    await enqueue(stores[0]!, channel, 200);
    const at = fx.later(fx.NOW, 10);
    // Each replica runs two claim loops at once (its pool has three connections): eight claimers.
    const loop = async (store: BookingStore, name: string): Promise<OutboxItem[]> => {
      const mine: OutboxItem[] = [];
      for (let round = 0; ; round++) {
        const batch = await claim(store, channel, at, `${name}-${round}`, 6);
        if (batch.length === 0) return mine;
        mine.push(...batch);
      }
    };
    const claimers = stores.flatMap((store, i) => [loop(store, `r${i}a`), loop(store, `r${i}b`)]);
    const claimed = await Promise.all(claimers);
    const ids = claimed.flat().map((item) => item.id);
    expect(ids).toHaveLength(200);
    expect(new Set(ids).size).toBe(200);
    expect(claimed.filter((mine) => mine.length > 0).length).toBeGreaterThan(1);
    for (const mine of claimed) {
      const times = mine.map((item) => item.createdAt.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
  }, 60_000);

  it('an expired lease is claimed by another replica; the first holder can no longer mark it', async () => {
    const [first, second] = await replicas(2, 1);
    const channel = `lease-${fx.fixtures().officeId}`;
    await enqueue(first!, channel, 1);
    const [item] = await claim(first!, channel, fx.NOW, 'first');
    expect(await claim(second!, channel, fx.later(fx.NOW, 0.5), 'early')).toEqual([]);
    const [again] = await claim(second!, channel, fx.later(fx.NOW, 1), 'second');
    expect(again).toMatchObject({ id: item?.id, attempts: 0 });
    const at = fx.later(fx.NOW, 1);
    const failed = { id: item!.id, leaseToken: 'first', at, error: { reason: 'timeout' }, retryAt: at };
    expect((await first!.markFailed(failed))._unsafeUnwrap()).toBe(false);
    const sent = { id: item!.id, leaseToken: 'second', at, providerMessageId: `wamid.${channel}` };
    expect((await second!.markSent(sent))._unsafeUnwrap()).toBe(true);
    expect((await first!.markSent({ ...sent, leaseToken: 'first' }))._unsafeUnwrap()).toBe(false);
    expect(await claim(first!, channel, fx.later(fx.NOW, 60), 'late')).toEqual([]);
  });

  it('ids no claim returned are refused, not errors', async () => {
    const [store] = await replicas(1, 1);
    for (const id of ['', 'abc', '1; DROP TABLE messages', '-1', '99999999999999999999']) {
      const update = { id, leaseToken: 't', at: fx.NOW, until: fx.NOW };
      expect((await store!.postpone(update))._unsafeUnwrap()).toBe(false);
    }
  });
});
