import { checkOut, isFatal } from './check-out';
import { isTransient, MAX_ATTEMPTS } from './errors';
import type { ConnectionLike, PoolLike } from './pool-like';

/** Opens a READ COMMITTED transaction: each statement reads what is committed when it runs. */
export const begin = async (conn: ConnectionLike): Promise<void> => {
  await conn.query('SET TRANSACTION ISOLATION LEVEL READ COMMITTED');
  await conn.query('START TRANSACTION');
};

/** Roll back; returns the failure when the rollback itself failed (the connection is then unusable). */
export const rollback = async (conn: ConnectionLike): Promise<unknown> => {
  try {
    await conn.query('ROLLBACK');
    return undefined;
  } catch (error) {
    return error ?? new Error('rollback failed');
  }
};

/**
 * Run `work` in one transaction: committed if it returns, rolled back if it throws. A connection
 * whose link failed, or whose rollback failed, is destroyed rather than reused.
 */
export const inTransaction = async <T>(
  pool: PoolLike,
  work: (conn: ConnectionLike) => Promise<T>,
): Promise<T> => {
  const { conn, giveBack } = await checkOut(pool);
  let broken: unknown;
  try {
    await begin(conn);
    const value = await work(conn);
    await conn.query('COMMIT');
    return value;
  } catch (error) {
    broken = isFatal(error) ? error : await rollback(conn);
    throw error;
  } finally {
    giveBack(broken);
  }
};

/** Run a transaction again, from the start, while it fails only because a concurrent writer won. */
export const retrying = async <T>(attempt: () => Promise<T>): Promise<T> => {
  for (let n = 1; ; n += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (n >= MAX_ATTEMPTS || !isTransient(error)) throw error;
    }
  }
};
