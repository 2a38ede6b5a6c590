import type { SqliteDatabase } from '@antrean/storage-sqlite';

/** A connection that notes each COMMIT as it returns, and can make the next COMMIT fail. */
export interface WatchedDatabase {
  readonly db: SqliteDatabase;
  /** `commit` after each COMMIT returned, plus whatever the test pushes. */
  readonly events: string[];
  /** The next COMMIT throws instead of running (the store then rolls back). */
  readonly failNextCommit: () => void;
}

/** Wrap a driver connection to watch its commits; everything else passes through. */
export const watchCommits = (inner: SqliteDatabase): WatchedDatabase => {
  const events: string[] = [];
  let failNext = false;
  const db: SqliteDatabase = {
    prepare: (sql) => inner.prepare(sql),
    exec: (sql) => {
      if (sql === 'COMMIT' && failNext) {
        failNext = false;
        throw new Error('disk I/O error (simulated)');
      }
      const result = inner.exec(sql);
      if (sql === 'COMMIT') events.push('commit');
      return result;
    },
    get open() {
      return inner.open !== false;
    },
  };
  return { db, events, failNextCommit: () => (failNext = true) };
};
