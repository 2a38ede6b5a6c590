import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BookingStore } from '@antrean/core';
import { createPostgresStore } from '@antrean/storage-postgres';
import { createSqliteStore } from '@antrean/storage-sqlite';
import Database from 'libsql';
import { openTestDatabase } from '../../../packages/storage-postgres/test/test-database';

/** The engines the desk process runs on in tests: SQLite always, PostgreSQL when CI gives one. */
export const ENGINES: ReadonlyArray<'sqlite' | 'postgres'> = process.env.ANTREAN_TEST_DATABASE_URL
  ? ['sqlite', 'postgres']
  : ['sqlite'];

/** A fresh database for one desk process: its variables, and a second connection for seeding. */
export interface DeskDatabase {
  readonly env: Record<string, string>;
  /** Opens the seeding connection (after the desk has migrated the schema). */
  open(): Promise<BookingStore>;
  close(): Promise<void>;
}

/** A SQLite file in `dir`, or a fresh schema on `ANTREAN_TEST_DATABASE_URL`. */
export async function deskDatabase(engine: 'sqlite' | 'postgres', dir: string): Promise<DeskDatabase> {
  if (engine === 'sqlite') {
    const path = join(dir, 'antrean.sqlite');
    let db: Database.Database | undefined;
    return {
      env: { ANTREAN_SQLITE_PATH: path },
      open: async () => {
        db = new Database(path);
        return (await createSqliteStore(db))._unsafeUnwrap();
      },
      close: async () => {
        db?.close();
      },
    };
  }
  const database = await openTestDatabase();
  return {
    env: { DATABASE_URL: database.url, ANTREAN_DATABASE_SCHEMA: database.schema },
    open: async () =>
      (await createPostgresStore(database.pool(), { schema: database.schema }))._unsafeUnwrap(),
    close: () => database.close(),
  };
}

/** A temp folder for one run's files. */
export const tempFolder = (): { dir: string; remove: () => void } => {
  const dir = mkdtempSync(join(tmpdir(), 'antrean-office-desk-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
};
