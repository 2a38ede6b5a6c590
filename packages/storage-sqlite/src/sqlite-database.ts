/** A value SQLite binds or returns: both drivers map JS values to these. */
export type SqliteValue = string | number | bigint | Uint8Array | null;

/**
 * A prepared statement: the three calls both `libsql` and `better-sqlite3` offer. Parameters
 * are typed `unknown` so the drivers' own (generic) statement types fit; the adapter only ever
 * binds `SqliteValue`s.
 */
export interface SqliteStatement {
  /** Execute a write; `changes` is how many rows it touched. */
  run(...params: unknown[]): { readonly changes: number | bigint };
  /** The first row as an object, or `undefined`. */
  get(...params: unknown[]): unknown;
  /** Every row as an object. */
  all(...params: unknown[]): unknown[];
}

/**
 * The part of a synchronous SQLite connection this adapter uses. A `Database` from `libsql`
 * (`import Database from 'libsql'`) or from `better-sqlite3` fits it as it is, so the adapter
 * depends on neither driver.
 */
export interface SqliteDatabase {
  /** Run one or more statements without parameters. */
  exec(sql: string): unknown;
  /** Compile one statement. */
  prepare(sql: string): SqliteStatement;
  /**
   * False once the connection is closed (both drivers keep it). Checked before every call:
   * libsql's already prepared statements would otherwise keep working on a closed database.
   */
  readonly open?: boolean;
}
