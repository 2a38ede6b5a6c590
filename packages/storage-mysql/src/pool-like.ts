/** One row as a query returns it: column name to value. */
export type Row = Record<string, unknown>;

/** What a write statement reports (mysql2's `ResultSetHeader`). */
export interface WriteResult {
  readonly affectedRows: number;
  readonly insertId?: number | string;
}

/**
 * The part of a `mysql2/promise` pool connection the store uses, typed structurally so the package
 * never imports `mysql2` for a pool it is given.
 */
export interface ConnectionLike {
  /** Run SQL text with `?` parameters (arrays expand to lists); rows for a SELECT, a header for a write. */
  query(sql: string, values?: unknown[]): Promise<[unknown, unknown]>;
  /** Return the connection to the pool. */
  release(): void;
  /** Close the connection instead of returning it (its state is unknown). */
  destroy(): void;
  /** Listen for the connection failing (server restart, `KILL CONNECTION`, network loss). */
  on(event: 'error', listener: (error: Error) => void): unknown;
  /** Stop listening, before the connection goes back to the pool. */
  removeListener(event: 'error', listener: (error: Error) => void): unknown;
}

/** The part of a `mysql2/promise` pool the store uses: checking a connection out, and ending it. */
export interface PoolLike {
  getConnection(): Promise<ConnectionLike>;
  end(): Promise<void>;
}

/** The rows of a SELECT. */
export const rowsOf = async (pending: Promise<[unknown, unknown]>): Promise<Row[]> =>
  (await pending)[0] as Row[];

/** The affected rows of a write. */
export const affected = async (pending: Promise<[unknown, unknown]>): Promise<number> =>
  Number(((await pending)[0] as WriteResult).affectedRows ?? 0);
