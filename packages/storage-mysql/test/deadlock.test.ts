import type { BookingStore, UseCaseName } from '@antrean/core';
import { createMysqlStore, type MysqlStoreOptions } from '@antrean/storage-mysql';
import type mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, whenServer } from './test-database';

/** Two stores (two processes) on one database, with their pools. */
const twoStores = async (db: TestDatabase, options: MysqlStoreOptions) => {
  const pools: mysql.Pool[] = [db.pool(2), db.pool(2)];
  const stores: BookingStore[] = [];
  for (const pool of pools) stores.push((await createMysqlStore({ pool }, options))._unsafeUnwrap());
  return {
    stores,
    close: async () => {
      for (const store of stores) await store.close();
      for (const pool of pools) await pool.end();
    },
  };
};

/** A latch both transactions pass only once each holds its first lock, so the second locks cross. */
const latch = (parties: number) => {
  let arrived = 0;
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return async () => {
    arrived += 1;
    if (arrived === parties) open();
    await opened;
  };
};

await whenServer((url) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(url, '_deadlock');
  });
  afterAll(() => db.drop());

  const crossed = (name: string, options: MysqlStoreOptions, useCase: UseCaseName) =>
    it(`${name}: a deadlock rolls the victim back and runs it again; both commit`, async () => {
      const { stores, close } = await twoStores(db, options);
      try {
        const meet = latch(2);
        const runs = [0, 0];
        const days = ['2030-03-04', '2030-03-05'] as const;
        const results = await Promise.all(
          stores.map((store, i) =>
            store.transact({ useCase }, async (tx) => {
              runs[i]! += 1;
              await tx.lockDay(`deadlock-${name}`, days[i]!);
              await meet();
              await tx.lockDay(`deadlock-${name}`, days[1 - i]!);
              return runs[i];
            }),
          ),
        );
        expect(results.map((r) => r.isOk())).toEqual([true, true]);
        // InnoDB chose one victim: it ran twice, the other once.
        expect([...runs].sort()).toEqual([1, 2]);
      } finally {
        await close();
      }
    });

  describe('mysql: deadlocks', () => {
    crossed('a transaction per write', { groupCommit: false }, 'callNext');
    crossed('group commit (the whole batch again)', {}, 'recordReply');
  });
});
