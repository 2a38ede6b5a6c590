import type { BookingStore, StoreCapabilities, StoreError } from '@antrean/core';
import { err, ok, type Result, ResultAsync } from 'neverthrow';
import { cancelIn, checkInIn } from './cancel';
import { type Connection, connect } from './connection';
import { migrate } from './migrate';
import { purgeIn } from './purge';
import { activeOf, countsOn, findByCodeIn, listOn } from './queries';
import { findReplyIn, recordReplyIn } from './replies';
import { reserveIn } from './reserve';
import { sqliteMigrations } from './schema';
import type { SqliteDatabase } from './sqlite-database';

/** How the store sets up the connection it is given. */
export interface SqliteStoreOptions {
  /** How long a writer waits for another connection's transaction before failing (default 5000). */
  readonly busyTimeoutMs?: number;
  /**
   * `FULL` (default): a confirmed booking survives a power loss too. `NORMAL`: faster, and still
   * safe against a crashed or killed process, but the last commits may vanish on power loss.
   */
  readonly synchronous?: 'FULL' | 'NORMAL';
}

const storeError = (message: string, cause?: unknown): StoreError =>
  cause === undefined ? { type: 'StoreUnavailable', message } : { type: 'StoreUnavailable', message, cause };

const failure =
  (operation: string) =>
  (cause: unknown): StoreError =>
    storeError(
      `sqlite ${operation} failed: ${cause instanceof Error ? cause.message : String(cause)}`,
      cause,
    );

// In WAL mode a commit is durable once its WAL frames are written: with NORMAL they sit in the
// OS page cache (survives a process crash or SIGKILL, not a power loss); FULL also fsyncs the WAL
// on every commit, which a booking an applicant was told about deserves.
const configure = (conn: Connection, options: SqliteStoreOptions): StoreCapabilities => {
  const file = conn
    .all<{ name: string; file: string }>('PRAGMA database_list')
    .find((d) => d.name === 'main');
  const onDisk = file !== undefined && file.file !== '';
  const busy = Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000));
  conn.exec(`PRAGMA busy_timeout = ${busy}`);
  if (onDisk) conn.exec('PRAGMA journal_mode = WAL');
  conn.exec(`PRAGMA synchronous = ${options.synchronous === 'NORMAL' ? 'NORMAL' : 'FULL'}`);
  conn.exec('PRAGMA foreign_keys = ON');
  return { multiProcess: onDisk, durable: onDisk };
};

/**
 * A `BookingStore` on a SQLite connection from `libsql` or `better-sqlite3`, which the caller
 * opens and closes. Sets WAL mode and the pragmas, then migrates the schema. Every operation is
 * one synchronous `BEGIN IMMEDIATE` transaction, so calls from this process never interleave
 * and other processes on the same file wait for the write lock. Driver errors come back as
 * `StoreUnavailable`, never as throws.
 */
export function createSqliteStore(
  db: SqliteDatabase,
  options: SqliteStoreOptions = {},
): Result<BookingStore, StoreError> {
  let conn: Connection;
  let capabilities: StoreCapabilities;
  try {
    conn = connect(db);
    capabilities = configure(conn, options);
    migrate(conn, sqliteMigrations);
  } catch (cause) {
    return err(failure('open')(cause));
  }
  let closed = false;

  const attempt = <T>(operation: string, work: () => T): ResultAsync<T, StoreError> =>
    ResultAsync.fromThrowable(async () => {
      if (closed) throw new Error('the store is closed');
      return work();
    }, failure(operation))();
  const write = <T>(operation: string, work: () => T): ResultAsync<T, StoreError> =>
    attempt(operation, () => conn.transaction(work));

  return ok({
    capabilities,
    findReply: (key) => attempt('findReply', () => findReplyIn(conn, key)),
    recordReply: (key, reply, at) => write('recordReply', () => recordReplyIn(conn, key, reply, at)),
    reserve: (input) => write('reserve', () => reserveIn(conn, input)),
    cancel: (input) => write('cancel', () => cancelIn(conn, input)),
    checkIn: (code, at) => write('checkIn', () => checkInIn(conn, code, at)),
    findByCode: (code) => attempt('findByCode', () => findByCodeIn(conn, code)),
    findActiveByApplicant: (key, now) => attempt('findActiveByApplicant', () => activeOf(conn, key, now)),
    countBySlot: (officeId, dates) => attempt('countBySlot', () => countsOn(conn, officeId, dates)),
    listByDate: (officeId, date) => attempt('listByDate', () => listOn(conn, officeId, date)),
    purge: (before) => write('purge', () => purgeIn(conn, before)),
    // The caller opened the database and closes it; the store only stops using it.
    close: async () => {
      closed = true;
    },
  });
}
