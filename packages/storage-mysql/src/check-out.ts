import type { ConnectionLike, PoolLike } from './pool-like';
import { wellFormedOnly } from './well-formed';

/** A connection taken from the pool, with the store's 'error' listener on it until it goes back. */
export interface CheckedOut {
  readonly conn: ConnectionLike;
  /** Give it back: destroyed, not reused, when it failed while out or `broken` says its state is unknown. */
  giveBack(broken?: unknown): void;
}

/**
 * Take a connection and listen for its 'error' event while the store holds it: an 'error' nobody
 * listens to ends the process, and mysql2's pool listens only once per connection. A connection
 * that failed keeps the listener after it is destroyed, so a late second error is harmless too.
 */
export const checkOut = async (pool: PoolLike): Promise<CheckedOut> => {
  const conn = wellFormedOnly(await pool.getConnection());
  let lost: Error | undefined;
  const onError = (cause: Error): void => {
    lost ??= cause;
  };
  conn.on('error', onError);
  return {
    conn,
    giveBack: (broken) => {
      if (lost || broken) {
        conn.destroy();
        return;
      }
      conn.removeListener('error', onError);
      conn.release();
    },
  };
};

/** True when the driver says the connection itself failed (killed, closed, protocol lost). */
export const isFatal = (error: unknown): boolean => (error as { fatal?: unknown } | null)?.fatal === true;
