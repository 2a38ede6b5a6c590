import { beginImmediate } from './begin';
import type { SqliteDatabase, SqliteStatement, SqliteValue } from './sqlite-database';

/**
 * A connection with a statement cache and a transaction helper. Its calls throw what the driver
 * throws; `sqlite-store.ts` turns every throw into a `StoreError` at the port's edge.
 */
export interface Connection {
  /** The first row, typed by the caller (the schema guarantees the columns). */
  get<Row>(sql: string, ...params: SqliteValue[]): Row | undefined;
  /** Every row. */
  all<Row>(sql: string, ...params: SqliteValue[]): Row[];
  /** Run a write and return how many rows it changed. */
  run(sql: string, ...params: SqliteValue[]): number;
  /** Run statements without parameters (DDL, pragmas). */
  exec(sql: string): void;
  /**
   * Run `work` inside `BEGIN IMMEDIATE … COMMIT`, rolling back if it throws. IMMEDIATE takes the
   * write lock before the first read, so another process cannot write between our checks and
   * our writes, and two writers wait (busy_timeout) instead of failing at COMMIT.
   */
  transaction<T>(work: () => T): T;
  /**
   * The same around asynchronous `work`, waiting for the write lock on a timer (`begin.ts`). The
   * caller keeps every other statement of this connection out until it settles (`lane.ts`):
   * SQLite has one transaction per connection.
   */
  transactionAsync<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * Wrap a driver database. Statements are prepared once per SQL text and reused; an asynchronous
 * transaction waits up to `busyTimeoutMs` for the write lock (`begin.ts`).
 */
export const connect = (db: SqliteDatabase, busyTimeoutMs = 0): Connection => {
  const statements = new Map<string, SqliteStatement>();
  const statement = (sql: string): SqliteStatement => {
    if (db.open === false) throw new Error('the database connection is closed');
    let prepared = statements.get(sql);
    if (!prepared) {
      prepared = db.prepare(sql);
      statements.set(sql, prepared);
    }
    return prepared;
  };
  return {
    get: <Row>(sql: string, ...params: SqliteValue[]) => statement(sql).get(...params) as Row | undefined,
    all: <Row>(sql: string, ...params: SqliteValue[]) => statement(sql).all(...params) as Row[],
    run: (sql, ...params) => Number(statement(sql).run(...params).changes),
    exec: (sql) => {
      db.exec(sql);
    },
    transaction: <T>(work: () => T): T => {
      if (db.open === false) throw new Error('the database connection is closed');
      db.exec('BEGIN IMMEDIATE');
      try {
        const value = work();
        db.exec('COMMIT');
        return value;
      } catch (cause) {
        rollBack(db);
        throw cause;
      }
    },
    transactionAsync: async <T>(work: () => Promise<T>): Promise<T> => {
      await beginImmediate(db, busyTimeoutMs);
      try {
        const value = await work();
        db.exec('COMMIT');
        return value;
      } catch (cause) {
        rollBack(db);
        throw cause;
      }
    },
  };
};

// SQLite may already have rolled back (e.g. after SQLITE_FULL); the first error is the one to report.
const rollBack = (db: SqliteDatabase): void => {
  try {
    db.exec('ROLLBACK');
  } catch {
    // nothing left to undo
  }
};
