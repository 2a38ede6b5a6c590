import { createMysqlStore, MIGRATIONS, migrateMysqlStore } from '@antrean/storage-mysql';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase, whenServer } from './test-database';

const ALL = MIGRATIONS.map((m) => m.version);

await whenServer((url) => {
  const made: TestDatabase[] = [];
  const database = async () => {
    const db = await createTestDatabase(url, '_migrate');
    made.push(db);
    return db;
  };
  afterEach(async () => {
    for (const db of made.splice(0)) await db.drop();
  });

  describe('mysql: migrations', () => {
    it('applies every step once; a second run applies nothing and keeps the rows', async () => {
      const db = await database();
      const pool = db.pool();
      try {
        expect((await migrateMysqlStore(pool))._unsafeUnwrap().applied).toEqual(ALL);
        await pool.query("INSERT INTO bindings (phone, applicant_key, bound_at) VALUES ('+62', 'A', 1)");
        expect((await migrateMysqlStore(pool))._unsafeUnwrap().applied).toEqual([]);
        const [rows] = await pool.query('SELECT version FROM schema_migrations ORDER BY version');
        expect((rows as { version: number }[]).map((r) => r.version)).toEqual(ALL);
        const [kept] = await pool.query('SELECT COUNT(*) AS n FROM bindings');
        expect(Number((kept as { n: number }[])[0]?.n)).toBe(1);
      } finally {
        await pool.end();
      }
    });

    it('two processes migrating at once: one applies every step, the other none, both succeed', async () => {
      const db = await database();
      const pools = [db.pool(), db.pool()];
      try {
        const runs = await Promise.all(pools.map((pool) => migrateMysqlStore(pool)));
        const applied = runs.map((run) => run._unsafeUnwrap().applied);
        expect(applied.map((steps) => steps.length).sort()).toEqual([0, ALL.length]);
      } finally {
        await Promise.all(pools.map((pool) => pool.end()));
      }
    });

    it('refuses a database a newer release migrated, as an error, never a throw', async () => {
      const db = await database();
      const pool = db.pool();
      try {
        await migrateMysqlStore(pool);
        await pool.query(
          "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 0)",
        );
        const opened = await createMysqlStore({ pool });
        expect(opened._unsafeUnwrapErr().message).toMatch(/version 999, newer than this adapter/);
      } finally {
        await pool.end();
      }
    });

    it('a store opened from a URL closes its own pool; one given a pool leaves it open', async () => {
      const db = await database();
      const owned = (await createMysqlStore({ url: db.url }))._unsafeUnwrap();
      await owned.close();
      expect((await owned.health()).isErr()).toBe(true);
      const pool = db.pool();
      const given = (await createMysqlStore({ pool }))._unsafeUnwrap();
      await given.close();
      const [rows] = await pool.query('SELECT 1 AS one');
      expect(rows).toEqual([{ one: 1 }]);
      await pool.end();
    });

    it('an unreachable server is a StoreUnavailable error', async () => {
      const bad = new URL(url);
      bad.port = '1';
      const opened = await createMysqlStore({ url: bad.toString() });
      expect(opened._unsafeUnwrapErr().type).toBe('StoreUnavailable');
    });
  });
});
