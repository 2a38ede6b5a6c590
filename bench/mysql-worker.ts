/**
 * One of the mysql benchmark's four client processes (forked by mysql.bench.ts): places its share
 * of the requests through the store or by hand-written SQL (bench-worker.ts runs the rounds).
 */
import { createMysqlStore, type PoolLike } from '@antrean/storage-mysql';
import mysql from 'mysql2/promise';
import { IN_FLIGHT, serveRounds, type WorkerTask, workerTask } from './bench-worker';
import { placeByHand } from './mysql-by-hand';

// `url` names the round's own database.
const task = workerTask<WorkerTask & { readonly url: string }>();
const pool = mysql.createPool({ uri: task.url, connectionLimit: IN_FLIGHT });
// The store's PoolLike takes readonly parameter arrays, mysql2's Pool mutable ones: the same calls.
const store =
  task.variant === 'store'
    ? (await createMysqlStore({ pool: pool as unknown as PoolLike }))._unsafeUnwrap()
    : undefined;
await pool.query('SELECT 1');
serveRounds(
  task,
  async (input) => {
    if (store === undefined) return placeByHand(pool, input);
    const result = await store.reserve(input);
    return result.isOk() && result.value.type === 'Reserved';
  },
  async () => {
    await store?.close();
    await pool.end();
  },
);
