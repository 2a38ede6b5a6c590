/** One row as a query returns it: column name to value (types depend on the pool's parsers). */
export type QueryRow = Record<string, unknown>;

/** The part of a query result the store reads. */
export interface QueryResultLike {
  readonly rows: QueryRow[];
  readonly rowCount: number | null;
}

/** The part of a `pg` client the store uses: parameterised queries and giving it back. */
export interface ClientLike {
  query(text: string, values?: unknown[]): Promise<QueryResultLike>;
  /** Return the client to the pool; pass an error to have the pool discard it instead. */
  release(destroy?: Error | boolean): void;
}

/**
 * The part of a `pg.Pool` the store uses, typed structurally so the package never imports `pg`
 * at runtime: a `new pg.Pool(…)` fits, and so does any pool with the same two members.
 */
export interface PoolLike {
  connect(): Promise<ClientLike>;
}
