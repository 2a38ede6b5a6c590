/** One row as a query returns it: column name to value (types depend on the pool's parsers). */
export type QueryRow = Record<string, unknown>;

/** The part of a query result the store reads. */
export interface QueryResultLike {
  readonly rows: QueryRow[];
  readonly rowCount: number | null;
}

/**
 * A named statement, as node-postgres takes it: the server parses and plans it once per
 * connection, then later calls only bind and execute.
 */
export interface NamedQuery {
  readonly name: string;
  readonly text: string;
  readonly values: unknown[];
}

/**
 * The part of a `pg` client the store uses: parameterised and named queries, giving it back, and its
 * 'error' event, which the store listens to while it holds the client (pg-pool does not).
 */
export interface ClientLike {
  /** Run SQL text with parameters, or a named (prepared) statement. */
  query(text: string | NamedQuery, values?: unknown[]): Promise<QueryResultLike>;
  /** Return the client to the pool; pass an error to have the pool discard it instead. */
  release(destroy?: Error | boolean): void;
  /** Listen for the connection failing (server restart, `pg_terminate_backend`, network loss). */
  on(event: 'error', listener: (error: Error) => void): unknown;
  /** Stop listening, before the client goes back to the pool. */
  removeListener(event: 'error', listener: (error: Error) => void): unknown;
}

/**
 * The part of a `pg.Pool` the store uses, typed structurally so the package never imports `pg`
 * at runtime: a `new pg.Pool(…)` fits, and so does any pool whose clients have the members above.
 */
export interface PoolLike {
  /**
   * Check a client out. The store passes a callback, as pg-pool accepts, so that it can listen to
   * the client from the moment it is handed over; a pool may ignore it and return a promise.
   */
  connect(
    callback?: (error: Error | undefined, client: ClientLike | undefined) => void,
  ): Promise<ClientLike> | undefined;
}
