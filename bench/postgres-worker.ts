/**
 * One of the postgres benchmark's four client processes (forked by postgres.bench.ts): places its
 * share of the requests through the store or by hand-written SQL (bench-worker.ts runs the rounds).
 */
import { createPostgresStore } from '@antrean/storage-postgres';
import pg from 'pg';
import { IN_FLIGHT, serveRounds, type WorkerTask, workerTask } from './bench-worker';
import { placeByHand } from './postgres-by-hand';

const task = workerTask<WorkerTask & { readonly url: string; readonly schema: string }>();
const pool = new pg.Pool({ connectionString: task.url, max: IN_FLIGHT });
const store =
  task.variant === 'store'
    ? (await createPostgresStore(pool, { schema: task.schema }))._unsafeUnwrap()
    : undefined;
await pool.query('SELECT 1');
serveRounds(
  task,
  async (input) => {
    if (store === undefined) return placeByHand(pool, task.schema, input);
    const result = await store.reserve(input);
    return result.isOk() && result.value.type === 'Reserved';
  },
  () => pool.end(),
);
