import type { UseCaseName } from '@antrean/core';
import { createMysqlStore, type MysqlStoreOptions, type PoolLike } from '@antrean/storage-mysql';
import { waitUntil } from '@antrean/testkit';
import type mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, whenServer } from './test-database';

await whenServer((url) => {
  let db: TestDatabase;
  let admin: mysql.Pool;
  beforeAll(async () => {
    db = await createTestDatabase(url, '_kill');
    admin = db.pool(1);
  });
  afterAll(async () => {
    await admin.end();
    await db.drop();
  });

  /**
   * The pool, telling the server thread id of the connection it handed out last: the store's
   * connection of the transaction in flight (information_schema.INNODB_TRX is a cached view).
   */
  const watchedPool = () => {
    const pool = db.pool(4);
    let last: number | undefined;
    const watched: PoolLike = {
      getConnection: async () => {
        const conn = await pool.getConnection();
        last = conn.threadId;
        return conn;
      },
      end: () => pool.end(),
    };
    return { pool: watched, lastThread: () => last };
  };

  const killed = (name: string, options: MysqlStoreOptions, useCase: UseCaseName) =>
    it(`${name}: only the call in flight fails; the next, queued behind it, and later ones succeed`, async () => {
      const { pool, lastThread } = watchedPool();
      const store = (await createMysqlStore({ pool }, options))._unsafeUnwrap();
      try {
        let open = false;
        let release: () => void = () => undefined;
        const held = new Promise<void>((resolve) => {
          release = resolve;
        });
        const day = { office: `kill-${useCase}`, date: '2030-03-04' } as const;
        // A transaction that takes a row lock and then waits: it is in flight when killed.
        const inFlight = store.transact({ useCase }, async (tx) => {
          await tx.lockDay(day.office, day.date);
          open = true;
          await held;
          return tx.dayTickets(day.office, day.date);
        });
        await waitUntil('the transaction to be open', () => open);
        const inFlightThread = lastThread();
        // Submitted meanwhile: with group commit it waits for the next batch.
        const queued = store.transact({ useCase }, async (tx) => {
          await tx.lockDay(day.office, day.date);
          return 'queued ran';
        });
        await admin.query(`KILL CONNECTION ${Number(inFlightThread)}`);
        release();
        const failed = await inFlight;
        expect(failed.isErr() && failed.error.type).toBe('StoreUnavailable');
        expect((await queued)._unsafeUnwrap()).toBe('queued ran');
        expect((await store.health()).isOk()).toBe(true);
      } finally {
        await store.close();
        await pool.end();
      }
    });

  describe('mysql: a connection killed mid-transaction (KILL CONNECTION)', () => {
    killed('a transaction per write', { groupCommit: false }, 'callNext');
    killed('group commit', {}, 'recordReply');
  });
});
