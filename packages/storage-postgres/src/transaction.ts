import { isConcurrentChange } from '@antrean/core';
import { checkOut } from './check-out';
import type { ClientLike, PoolLike } from './pool-like';

// The core's `ConcurrentChange` (a conditional write lost a race), and
// 23505 unique violation (a racing writer inserted the same applicant, code or message first),
// 40P01 deadlock, 40001 serialization failure: all mean "run again and read what won".
const TRANSIENT_CODES = new Set(['23505', '40P01', '40001']);

/** How many times an operation runs before a run of conflicts is reported as a failure. */
export const MAX_ATTEMPTS = 8;

/** The SQLSTATE of a driver error, if it has one. */
export const sqlStateOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

const isTransient = (error: unknown): boolean =>
  isConcurrentChange(error) || TRANSIENT_CODES.has(sqlStateOf(error) ?? '');

/**
 * Run `work` in one READ COMMITTED transaction: committed if it returns, rolled back if it
 * throws. A client whose connection failed, or whose rollback failed, is discarded rather than
 * returned in an unknown state.
 */
export const inTransaction = async <T>(
  pool: PoolLike,
  work: (client: ClientLike) => Promise<T>,
): Promise<T> => {
  const { client, giveBack } = await checkOut(pool);
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const value = await work(client);
    await client.query('COMMIT');
    return value;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: unknown) => {
      broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
    });
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
