import { createPostgresStore, type PoolLike } from '@antrean/storage-postgres';
import { conformanceFixtures as fx, waitUntil } from '@antrean/testkit';
import type pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openTestDatabase, queryIn } from './test-database';

const db = await openTestDatabase();
afterAll(() => db.close());
const schema = db.freshSchema('_watch');

/** A pool that remembers the backend process id of every client it hands out. */
const recordingPool = (pool: pg.Pool): { pool: PoolLike; pids: Set<number> } => {
  const pids = new Set<number>();
  const wrapped: PoolLike = {
    connect: (callback) => {
      pool.connect((error, client) => {
        const pid = (client as { processID?: number } | undefined)?.processID;
        if (pid !== undefined) pids.add(pid);
        callback?.(error, client);
      });
      return undefined;
    },
  };
  return { pool: wrapped, pids };
};

const openStore = async () => {
  const pool = db.pool();
  const recorded = recordingPool(pool);
  const store = (await createPostgresStore(recorded.pool, { schema }))._unsafeUnwrap();
  const close = async () => {
    await store.close();
    await pool.end();
  };
  return { store, pids: recorded.pids, close };
};

const walkIn = (officeId: string, reason: string) => ({
  officeId,
  date: fx.DAY,
  series: 'W',
  reason,
  at: fx.NOW,
  officer: 'siti',
});

// Polling once a minute: a wake-up within 1 s can only have come from LISTEN/NOTIFY.
const NO_POLLING = { pollMs: 60_000 };
const pglite = db.engine === 'pglite';
const serverOnly = pglite ? ' (skipped: PGlite behind pglite-socket does not deliver notifications)' : '';

describe(`postgres desk watch (${db.engine})`, () => {
  it.skipIf(pglite)(
    `wakes a watch on another pool through LISTEN/NOTIFY, not polling${serverOnly}`,
    async () => {
      const [a, b] = [await openStore(), await openStore()];
      const officeId = fx.fixtures().officeId;
      let wakes = 0;
      const stop = b.store.watchDesk(() => {
        wakes += 1;
      }, NO_POLLING);
      try {
        // The first wake-up says the watch is listening; the next one is the append's.
        await waitUntil('the watch to start listening', () => wakes >= 1);
        (await a.store.issueWalkIn(walkIn(officeId, 'notified')))._unsafeUnwrap();
        await waitUntil('the append to wake the watch', () => wakes >= 2, { timeoutMs: 1_000 });
      } finally {
        stop();
        await a.close();
        await b.close();
      }
    },
  );

  it.skipIf(pglite)(
    `listens again after its connection is dropped, waking listeners once to catch up${serverOnly}`,
    async () => {
      const writer = await openStore();
      const watcher = await openStore();
      const officeId = fx.fixtures().officeId;
      let wakes = 0;
      const stop = watcher.store.watchDesk(() => {
        wakes += 1;
      }, NO_POLLING);
      const admin = db.pool(1);
      try {
        await waitUntil('the watch to start listening', () => wakes >= 1);
        const listening = await queryIn(
          admin,
          `SELECT pid FROM pg_stat_activity WHERE pid = ANY($1::int[]) AND query LIKE '%pg_notify%'`,
          [[...watcher.pids]],
        );
        expect(listening).toHaveLength(1);
        await queryIn(admin, 'SELECT pg_terminate_backend($1)', [listening[0]!.pid]);
        await waitUntil('the watch to listen again and wake once', () => wakes >= 2);
        (await writer.store.issueWalkIn(walkIn(officeId, 'after the drop')))._unsafeUnwrap();
        await waitUntil('the append to wake the watch', () => wakes >= 3, { timeoutMs: 1_000 });
      } finally {
        stop();
        await admin.end();
        await writer.close();
        await watcher.close();
      }
    },
  );

  it('closing the store ends its watches and gives the listening client back, so the pool can end', async () => {
    const { store, close } = await openStore();
    let wakes = 0;
    store.watchDesk(() => {
      wakes += 1;
    });
    await waitUntil('the watch to start', () => wakes >= 1);
    await close();
  });
});
