import type { ClientLike, PoolLike } from './pool-like';

/** A client taken from the pool, with the store's 'error' listener on it until it goes back. */
export interface CheckedOut {
  readonly client: ClientLike;
  /**
   * Give the client back. It is discarded, not reused, when its connection failed while it was
   * out or when `broken` says its state is unknown (a failed rollback).
   */
  giveBack(broken?: Error): void;
}

/**
 * Take a client from the pool and listen for its 'error' event while the store holds it.
 * pg-pool takes its own listener off a client it hands out, and an 'error' event nobody listens
 * to ends the process: a server restart or `pg_terminate_backend` emits one. The listener is
 * attached in the callback pg-pool calls as it hands the client over, because a promise's
 * continuation runs only after the rest of the data already read from the socket (which can hold
 * the server's "terminating connection" right behind "ready for query").
 */
export const checkOut = (pool: PoolLike): Promise<CheckedOut> =>
  new Promise((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    const handOver = (error: Error | undefined, client: ClientLike | undefined): void => {
      if (error || !client) {
        fail(error ?? new Error('the pool handed over no client'));
        return;
      }
      if (settled) return;
      settled = true;
      let lost: Error | undefined;
      const onError = (cause: Error): void => {
        lost ??= cause;
      };
      client.on('error', onError);
      const giveBack = (broken?: Error): void => {
        client.removeListener('error', onError);
        client.release(lost ?? broken);
      };
      resolve({ client, giveBack });
    };
    // pg-pool calls the callback and returns nothing; a pool that ignores it returns a promise.
    pool.connect(handOver)?.then((client) => handOver(undefined, client), fail);
  });
