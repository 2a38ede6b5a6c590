import type { ConnectionLike } from './pool-like';

/** A lone surrogate: with the `u` flag a paired one is a single code point, never of category Cs. */
const LONE_SURROGATE = /\p{Cs}/u;

/** True when every string in the parameters (arrays included) is well-formed UTF-16. */
const wellFormed = (value: unknown): boolean => {
  if (typeof value === 'string') return !LONE_SURROGATE.test(value);
  if (Array.isArray(value)) return value.every(wellFormed);
  return true;
};

/**
 * The connection, refusing a statement whose text parameters hold a lone surrogate: the driver
 * would encode it as U+FFFD, and the store would then read back other text than it was given
 * (a key would even match another message's). A refused write keeps nothing; the caller gets a
 * `StoreUnavailable` error.
 */
export const wellFormedOnly = (conn: ConnectionLike): ConnectionLike => ({
  query: (sql, values) =>
    values === undefined || wellFormed(values)
      ? conn.query(sql, values)
      : Promise.reject(new Error('text with a lone surrogate cannot be stored unchanged in utf8mb4')),
  release: () => conn.release(),
  destroy: () => conn.destroy(),
  on: (event, listener) => conn.on(event, listener),
  removeListener: (event, listener) => conn.removeListener(event, listener),
});
