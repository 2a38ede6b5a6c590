/**
 * The core's dispatcher over this store, as two replicas run it: two dispatchers on two pools
 * drain one outbox, and every reply is sent exactly once and marked sent.
 */
import { type BookingStore, createReplyDispatcher, type OutboxItem, type SendReply } from '@antrean/core';
import { createPostgresStore } from '@antrean/storage-postgres';
import { conformanceFixtures as fx } from '@antrean/testkit';
import { okAsync, ResultAsync } from 'neverthrow';
import { afterAll, expect, it } from 'vitest';
import { probeOf } from './postgres-harness';
import { openTestDatabase } from './test-database';

const db = await openTestDatabase();
afterAll(() => db.close());

it('two dispatchers on two pools send each of 60 replies once, and mark every one sent', async () => {
  const schema = db.freshSchema('_dispatch');
  const pools = [db.pool(3), db.pool(3)];
  const stores: BookingStore[] = [];
  for (const pool of pools) stores.push((await createPostgresStore(pool, { schema }))._unsafeUnwrap());
  const f = fx.fixtures();
  const keys = Array.from({ length: 60 }, () => ({ ...f.messageKey(), channel: 'whatsapp' }));
  for (const key of keys) {
    const delivery = { via: '106540352242922', to: key.sender };
    (await stores[0]!.recordReply(key, fx.helpReply(key.messageId), fx.NOW, delivery))._unsafeUnwrap();
  }
  // The stores' time starts at the fixtures' NOW and runs with the wall clock.
  const started = Date.now();
  const clock = { now: () => new Date(fx.NOW.getTime() + Date.now() - started) };
  const sent: OutboxItem[] = [];
  const send: SendReply = (item) => {
    sent.push(item);
    const slowly = new Promise<void>((resolve) => setTimeout(resolve, 2));
    return ResultAsync.fromSafePromise(slowly).andThen(() =>
      okAsync({ providerMessageId: `wamid.${item.id}` }),
    );
  };
  const dispatchers = stores.map((outbox) =>
    createReplyDispatcher({ outbox, send, clock, ratePerSecond: 1000, batchSize: 5 })._unsafeUnwrap(),
  );
  const drain = async (dispatcher: (typeof dispatchers)[number]): Promise<void> => {
    for (let pass = 0; pass < 100; pass++) {
      const report = await dispatcher.runOnce();
      expect(report.errors).toBe(0);
      if (report.claimed === 0) return;
    }
  };
  await Promise.all(dispatchers.map(drain));
  expect(sent.map((item) => item.id).sort()).toEqual([...new Set(sent.map((item) => item.id))].sort());
  expect(sent).toHaveLength(60);
  expect((await stores[1]!.outboxStats())._unsafeUnwrap()).toEqual({ pending: 0 });
  const probe = probeOf(pools[0]!, schema);
  for (const key of keys) expect(await probe.delivery(key)).toMatchObject({ state: 'sent', attempts: 0 });
}, 60_000);
