/**
 * Issue 14: a reply sent while the dispatcher's connection is lost must not be sent again. Each
 * of the first sends' `markSent` finds its connection's backend terminated (`pg_terminate_backend`,
 * or on PGlite the socket cut) between the send and the mark; every reply is still sent once,
 * checked by a pass that runs after every lease has expired.
 */
import { createReplyDispatcher, type OutboxItem, type SendReply } from '@antrean/core';
import { type ClientLike, createPostgresStore, type PoolLike } from '@antrean/storage-postgres';
import { conformanceFixtures as fx } from '@antrean/testkit';
import { okAsync } from 'neverthrow';
import type pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { probeOf } from './postgres-harness';
import { openTestDatabase } from './test-database';

const db = await openTestDatabase();
afterAll(() => db.close());
const admin = db.pool(1);

/** Ends the connection under `client`: its backend on a real server, its socket on PGlite. */
const cut = async (client: pg.PoolClient): Promise<void> => {
  if (db.engine === 'postgres') {
    const pid = (client as unknown as { processID: number }).processID;
    await admin.query('SELECT pg_terminate_backend($1, 5000)', [pid]);
  } else {
    (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
  }
};

/** A pool whose next `cuts.count` markSent statements each find their connection ended first. */
const cuttingPool = (pool: pg.Pool, cuts: { count: number }): PoolLike => ({
  connect: async () => {
    const client = await pool.connect();
    const wrapped: ClientLike = {
      query: async (text, values) => {
        const sql = typeof text === 'string' ? text : text.text;
        if (cuts.count > 0 && /delivery_state = 'sent'/.test(sql)) {
          cuts.count -= 1;
          await cut(client);
        }
        return typeof text === 'string' ? client.query(text, values) : client.query({ ...text });
      },
      release: (destroy) => client.release(destroy),
      on: (event, listener) => client.on(event, listener),
      removeListener: (event, listener) => client.removeListener(event, listener),
    };
    return wrapped;
  },
});

it(`replies whose markSent lost its connection are each sent once, also after their lease expired (${db.engine})`, async () => {
  const schema = db.freshSchema('_lost_marks');
  const cuts = { count: 4 };
  const store = (await createPostgresStore(cuttingPool(db.pool(4), cuts), { schema }))._unsafeUnwrap();
  const f = fx.fixtures();
  const keys = Array.from({ length: 12 }, () => ({ ...f.messageKey(), channel: 'whatsapp' }));
  for (const key of keys) {
    const delivery = { via: '106540352242922', to: key.sender };
    (await store.recordReply(key, fx.helpReply(key.messageId), fx.NOW, delivery))._unsafeUnwrap();
  }
  const started = Date.now();
  const clock = { now: () => new Date(fx.NOW.getTime() + Date.now() - started) };
  const sent: OutboxItem[] = [];
  const send: SendReply = (item) => {
    sent.push(item);
    return okAsync({ providerMessageId: `wamid.${item.id}` });
  };
  const leaseMs = 4000;
  const dispatcher = createReplyDispatcher({
    outbox: store,
    send,
    clock,
    leaseMs,
    ratePerSecond: 1000,
    batchSize: 20,
  })._unsafeUnwrap();
  const first = await dispatcher.runOnce();
  expect(first).toMatchObject({ claimed: 12 });
  expect(cuts.count).toBe(0); // four marks did lose their connection
  const leasesEnd = clock.now().getTime() + leaseMs;
  // Wait for the condition: the clock past every lease of the first pass, then one whole pass.
  const deadline = Date.now() + 30_000;
  while (clock.now().getTime() <= leasesEnd && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(clock.now().getTime()).toBeGreaterThan(leasesEnd);
  expect(await dispatcher.runOnce()).toMatchObject({ claimed: 0 });
  expect(sent.map((item) => item.id).sort()).toEqual([...new Set(sent.map((item) => item.id))].sort());
  expect(sent).toHaveLength(12);
  const probe = probeOf(admin, schema);
  for (const key of keys) expect(await probe.delivery(key)).toMatchObject({ state: 'sent', attempts: 0 });
}, 60_000);
