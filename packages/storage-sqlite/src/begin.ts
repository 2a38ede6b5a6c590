import type { SqliteDatabase } from './sqlite-database';

/** The longest pause between two tries for the write lock, in ms. */
const MAX_PAUSE_MS = 20;

/** True for SQLite's "database is locked" (SQLITE_BUSY and its extended codes), whatever the driver. */
export const isBusy = (cause: unknown): boolean =>
  cause instanceof Error &&
  (String((cause as { code?: unknown }).code).startsWith('SQLITE_BUSY') ||
    /database is locked/i.test(cause.message));

/** Waits `ms` on a timer, leaving the event loop free. */
export const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `BEGIN IMMEDIATE`, waiting up to `waitMs` for another connection's write lock without blocking
 * the event loop. SQLite's own busy_timeout sleeps the whole thread, and a transaction now spans
 * awaits: a second connection in this process waiting for the lock synchronously would keep the
 * holder from ever reaching its COMMIT. So BEGIN is tried with busy_timeout 0, and a BUSY (safe
 * to try again: nothing of the transaction ran) waits on a timer until the deadline.
 */
export const beginImmediate = async (db: SqliteDatabase, waitMs: number): Promise<void> => {
  if (db.open === false) throw new Error('the database connection is closed');
  const deadline = Date.now() + waitMs;
  for (let wait = 1; ; wait = Math.min(2 * wait, MAX_PAUSE_MS)) {
    db.exec('PRAGMA busy_timeout = 0');
    try {
      db.exec('BEGIN IMMEDIATE');
      return;
    } catch (cause) {
      const left = deadline - Date.now();
      if (!isBusy(cause) || left <= 0) throw cause;
      await pause(Math.min(wait, left));
    } finally {
      // Statements outside this BEGIN (migrations, checkpoints) keep the configured wait.
      db.exec(`PRAGMA busy_timeout = ${waitMs}`);
    }
  }
};
