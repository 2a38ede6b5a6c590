import type { BookingStore } from '@antrean/core';
import { createMysqlStore } from '@antrean/storage-mysql';
import { waitUntil } from '@antrean/testkit';
import type mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, whenServer } from './test-database';

await whenServer((url) => {
  let db: TestDatabase;
  let pool: mysql.Pool;
  let admin: mysql.Pool;
  let store: BookingStore;
  beforeAll(async () => {
    db = await createTestDatabase(url, '_kill');
    pool = db.pool(4);
    admin = db.pool(1);
    store = (await createMysqlStore({ pool }, { groupCommit: false }))._unsafeUnwrap();
  });
  afterAll(async () => {
    await store.close();
    await pool.end();
    await admin.end();
    await db.drop();
  });

  describe('mysql: a connection killed mid-transaction', () => {
    it('fails only the call in flight; the process and the store keep running', async () => {
      let open = false;
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      // A transaction that takes a row lock and then waits: it is in flight when killed.
      const inFlight = store.transact({ useCase: 'purge' }, async (tx) => {
        await tx.lockDay('kanim-jakpus', '2030-03-04');
        open = true;
        await held;
        return tx.dayTickets('kanim-jakpus', '2030-03-04');
      });
      await waitUntil('the transaction to be open', () => open);
      // The store's connection is the one of this database with an open InnoDB transaction.
      const [locks] = await admin.query(
        `SELECT trx.trx_mysql_thread_id AS id FROM information_schema.INNODB_TRX AS trx
         JOIN information_schema.PROCESSLIST AS p ON p.ID = trx.trx_mysql_thread_id WHERE p.DB = ?`,
        [db.name],
      );
      const id = Number((locks as { id: number }[])[0]?.id);
      expect(id).toBeGreaterThan(0);
      await admin.query(`KILL CONNECTION ${id}`);
      release();
      const failed = await inFlight;
      expect(failed.isErr() && failed.error.type).toBe('StoreUnavailable');
      // The next calls get a fresh connection and succeed.
      expect((await store.health()).isOk()).toBe(true);
      const tickets = await store.transact({ useCase: 'purge' }, (tx) =>
        tx.dayTickets('kanim-jakpus', '2030-03-04'),
      );
      expect(tickets._unsafeUnwrap()).toEqual([]);
    });
  });
});
