import type { StoreCapabilities } from '@antrean/core';
import type { Connection } from './connection';
import { type FileIdentity, identifyFile } from './file-identity';
import type { GroupCommitOptions } from './group-commit-settings';

/** How the store sets up the connection it is given. */
export interface SqliteStoreOptions {
  /** How long a writer waits for another connection's transaction before failing (default 5000). */
  readonly busyTimeoutMs?: number;
  /**
   * `FULL` (default): a confirmed booking survives a power loss too. `NORMAL`: faster, and still
   * safe against a crashed or killed process, but the last commits may vanish on power loss.
   */
  readonly synchronous?: 'FULL' | 'NORMAL';
  /**
   * Group commit (on by default): writes that arrive while a transaction commits share the next
   * one, each in its own savepoint, and each caller is answered once that COMMIT returned. One
   * fsync then serves many bookings. `false`: one transaction per write.
   */
  readonly groupCommit?: GroupCommitOptions | false;
}

/** How long a writer waits for the write lock, in whole ms (default 5000). */
export const busyTimeoutOf = (options: SqliteStoreOptions): number =>
  Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000));

/** What configuring found: the capabilities, and the file to watch (none for `:memory:`). */
export interface Configured {
  readonly capabilities: StoreCapabilities;
  readonly file: FileIdentity | undefined;
}

// In WAL mode a commit is durable once its WAL frames are written: with NORMAL they sit in the
// OS page cache (survives a process crash or SIGKILL, not a power loss); FULL also fsyncs the WAL
// on every commit, which a booking an applicant was told about deserves.
/** Set the pragmas and note which file (if any) the connection is on. Throws what the driver throws. */
export const configure = (conn: Connection, options: SqliteStoreOptions): Configured => {
  const main = conn
    .all<{ name: string; file: string }>('PRAGMA database_list')
    .find((d) => d.name === 'main');
  const path = main !== undefined && main.file !== '' ? main.file : undefined;
  conn.exec(`PRAGMA busy_timeout = ${busyTimeoutOf(options)}`);
  if (path) conn.exec('PRAGMA journal_mode = WAL');
  conn.exec(`PRAGMA synchronous = ${options.synchronous === 'NORMAL' ? 'NORMAL' : 'FULL'}`);
  conn.exec('PRAGMA foreign_keys = ON');
  const onDisk = path !== undefined;
  return {
    capabilities: { multiProcess: onDisk, durable: onDisk },
    file: path ? identifyFile(path) : undefined,
  };
};
