import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTestDatabase, type TestDatabase } from '../../../packages/storage-postgres/test/test-database';

/** Where a test's bots keep their data: the variables that point a bot at it, and cleanup. */
export interface TestStore {
  readonly engine: 'sqlite' | 'postgres';
  /** The store variables for a bot; every bot given them shares the one store. */
  readonly env: Record<string, string>;
  close(): Promise<void>;
}

/** The engines the process tests run on: SQLite always, PostgreSQL when CI provides one. */
export const ENGINES: ReadonlyArray<'sqlite' | 'postgres'> = process.env.ANTREAN_TEST_DATABASE_URL
  ? ['sqlite', 'postgres']
  : ['sqlite'];

/** A fresh SQLite file in its own temp folder. */
export function sqliteStore(): TestStore {
  const dir = mkdtempSync(join(tmpdir(), 'antrean-whatsapp-bot-'));
  return {
    engine: 'sqlite',
    env: { ANTREAN_SQLITE_PATH: join(dir, 'antrean.sqlite') },
    close: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A fresh schema on `ANTREAN_TEST_DATABASE_URL`, or on PGlite behind a local socket when unset. */
export async function postgresStore(): Promise<TestStore> {
  const database: TestDatabase = await openTestDatabase();
  return {
    engine: 'postgres',
    env: { DATABASE_URL: database.url, ANTREAN_DATABASE_SCHEMA: database.schema },
    close: () => database.close(),
  };
}

/** A fresh store of `engine`. */
export const openStoreFor = (engine: 'sqlite' | 'postgres'): Promise<TestStore> =>
  engine === 'sqlite' ? Promise.resolve(sqliteStore()) : postgresStore();
