import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BookingStore, StoreError } from '@antrean/core';
import { createSqliteStore, type SqliteDatabase } from '@antrean/storage-sqlite';
import Database from 'libsql';
import { errAsync, type ResultAsync } from 'neverthrow';

/** Open (creating if needed) the SQLite file that keeps the bot's bookings between runs. */
export function openStore(path: string): ResultAsync<BookingStore, StoreError> {
  let db: SqliteDatabase;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
  } catch (cause) {
    return errAsync({
      type: 'StoreUnavailable',
      message: `cannot open ${path}: ${(cause as Error).message}`,
      cause,
    });
  }
  return createSqliteStore(db).mapErr((error) => ({
    ...error,
    message: `cannot open ${path}: ${error.message}`,
  }));
}
