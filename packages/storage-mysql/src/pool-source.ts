import type { StoreError } from '@antrean/core';
import { ResultAsync } from 'neverthrow';
import { storeError } from './errors';
import type { PoolLike } from './pool-like';

/** Where the store gets its connections: the caller's pool, or a URL it opens (and closes) itself. */
export type MysqlConnection = { readonly pool: PoolLike } | { readonly url: string };

/** The pool to use, and whether the store owns it (made from a URL: `close()` ends it). */
export interface PoolSource {
  readonly pool: PoolLike;
  readonly owned: boolean;
}

/**
 * The pool the connection option names. For a URL, `mysql2/promise` is imported only now, so a
 * caller who passes a pool never loads it through this package; the pool is opened with
 * `multipleStatements` off and `supportBigNumbers` on, as the store reads BIGINT columns.
 */
export const poolSource = (connection: MysqlConnection): ResultAsync<PoolSource, StoreError> => {
  if ('pool' in connection)
    return ResultAsync.fromSafePromise(Promise.resolve({ pool: connection.pool, owned: false }));
  return ResultAsync.fromPromise(
    (async () => {
      const mysql = await import('mysql2/promise');
      const pool = mysql.createPool({
        uri: connection.url,
        supportBigNumbers: true,
        multipleStatements: false,
      });
      return { pool: pool as unknown as PoolLike, owned: true };
    })(),
    storeError('open the pool'),
  );
};
