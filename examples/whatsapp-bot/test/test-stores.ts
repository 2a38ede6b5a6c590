import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTestDatabase, type TestDatabase } from '../../../packages/storage-postgres/test/test-database';
import { MYSQL_URL, mysqlStore } from './mysql-database';

/** The engines a bot can run on in these tests. */
export type Engine = 'sqlite' | 'postgres' | 'mysql';

/** Where a test's bots keep their data: the variables that point a bot at it, and cleanup. */
export interface TestStore {
  readonly engine: Engine;
  /** The store variables for a bot; every bot given them shares the one store. */
  readonly env: Record<string, string>;
  /** MySQL only: kills every connection to the store's database but its own; how many it killed. */
  readonly killConnections?: () => Promise<number>;
  close(): Promise<void>;
}

/** The engines the process tests run on: SQLite always, PostgreSQL and MySQL when CI provides them
 * (MySQL has no in-process stand-in; mysql-kill.test.ts says it was skipped). */
export const ENGINES: ReadonlyArray<Engine> = [
  'sqlite',
  ...(process.env.ANTREAN_TEST_DATABASE_URL ? (['postgres'] as const) : []),
  ...(MYSQL_URL ? (['mysql'] as const) : []),
];

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
export const openStoreFor = (engine: Engine): Promise<TestStore> =>
  engine === 'sqlite'
    ? Promise.resolve(sqliteStore())
    : engine === 'postgres'
      ? postgresStore()
      : mysqlStore();
