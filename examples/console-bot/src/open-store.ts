import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BookingStore, StoreError } from '@antrean/core';
import { createSqliteStore } from '@antrean/storage-sqlite';
import Database from 'libsql';
import { err, type Result } from 'neverthrow';

/** Open (creating if needed) the SQLite file that keeps the bot's bookings between runs. */
export function openStore(path: string): Result<BookingStore, StoreError> {
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    return createSqliteStore(new Database(path));
  } catch (cause) {
    return err({
      type: 'StoreUnavailable',
      message: `cannot open ${path}: ${(cause as Error).message}`,
      cause,
    });
  }
}
