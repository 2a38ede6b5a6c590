import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, SKIP_REASON, TEST_URL } from '../../storage-mysql/test/test-database';
import { openTestDatabase } from '../../storage-postgres/test/test-database';
import { openStore } from '../src/open-store';

const dir = mkdtempSync(join(tmpdir(), 'antrean-bot-host-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('openStore', () => {
  it('opens SQLite at the path, creating its folder, and closes it', async () => {
    const path = join(dir, 'nested', 'folder', 'antrean.sqlite');
    const opened = (await openStore({ sqlitePath: path }))._unsafeUnwrap();
    expect([opened.engine, opened.location, existsSync(path)]).toEqual(['sqlite', path, true]);
    expect((await opened.store.health()).isOk()).toBe(true);
    await opened.close();
    expect((await opened.store.health()).isErr()).toBe(true);
  });

  it('answers an unreachable PostgreSQL with StoreUnavailable, not a throw', async () => {
    const opened = await openStore({
      databaseUrl: 'postgres://nobody@127.0.0.1:9/none',
      sqlitePath: join(dir, 'unused.sqlite'),
    });
    expect(opened._unsafeUnwrapErr().type).toBe('StoreUnavailable');
    expect(existsSync(join(dir, 'unused.sqlite'))).toBe(false);
  });

  it('opens PostgreSQL in the schema asked for, and names the server without credentials', async () => {
    const database = await openTestDatabase();
    try {
      // Trust authentication ignores the password: it is there to be kept out of `location`.
      const url = database.url.replace(/^postgres:\/\/([^:@/]+)@/, 'postgres://$1:secret-password@');
      const opened = (await openStore({ databaseUrl: url, schema: database.schema }))._unsafeUnwrap();
      expect(opened.engine).toBe('postgres');
      expect(opened.location).not.toContain('secret-password');
      expect(opened.location).toMatch(/^postgres 127\.0\.0\.1:\d+\//);
      expect((await opened.store.health()).isOk()).toBe(true);
      const rows = await database
        .pool(1)
        .query('SELECT 1 FROM information_schema.tables WHERE table_schema = $1', [database.schema]);
      expect(rows.rowCount).toBeGreaterThan(0);
      await opened.close();
    } finally {
      await database.close();
    }
  });

  it('answers an unreachable MySQL with StoreUnavailable, not a throw', async () => {
    const opened = await openStore({ databaseUrl: 'mysql://nobody@127.0.0.1:9/none' });
    expect(opened._unsafeUnwrapErr().type).toBe('StoreUnavailable');
  });

  it.skipIf(TEST_URL === undefined)(
    `opens MySQL from a mariadb:// URL in the database it names, without credentials in location${TEST_URL ? '' : ` (skipped: ${SKIP_REASON})`}`,
    async () => {
      const database = await createTestDatabase(TEST_URL!);
      const pool = database.pool(1);
      try {
        const url = database.url.replace(/^mysql:\/\/([^:@/]+)@/, 'mariadb://$1:@');
        const opened = (await openStore({ databaseUrl: url }))._unsafeUnwrap();
        expect([opened.engine, opened.location]).toEqual(['mysql', `mysql 127.0.0.1:3306/${database.name}`]);
        expect((await opened.store.health()).isOk()).toBe(true);
        const [tables] = await pool.query('SELECT 1 FROM information_schema.tables WHERE table_schema = ?', [
          database.name,
        ]);
        expect((tables as unknown[]).length).toBeGreaterThan(0);
        await opened.close();
        expect((await opened.store.health()).isErr()).toBe(true);
      } finally {
        await pool.end();
        await database.drop();
      }
    },
  );
});
