/**
 * One of the postgres benchmark's four client processes (forked by postgres.bench.ts): connects,
 * builds its share of the requests, says `ready`, and on `go` places them through the store or by
 * hand-written SQL, then reports how many it placed.
 */
import { createPostgresStore } from '@antrean/storage-postgres';
import pg from 'pg';
import { benchPlan, requestsFor } from './bench-plan';
import { inFlight } from './in-flight';
import { placeByHand } from './postgres-by-hand';

/** What the parent asks of this worker. */
interface WorkerTask {
  readonly url: string;
  readonly schema: string;
  readonly variant: 'store' | 'raw';
  readonly bookings: number;
  readonly worker: number;
  readonly workers: number;
}

/** Bookings each worker keeps in flight, each on a connection of its own. */
const IN_FLIGHT = 8;

const task = JSON.parse(process.argv[2] ?? '{}') as WorkerTask;
const pool = new pg.Pool({ connectionString: task.url, max: IN_FLIGHT });
// One office day: every request's candidates are the same day's ten sessions.
const plan = benchPlan(task.bookings, { capacity: Math.ceil(task.bookings / 10) });
const mine = requestsFor(plan).filter((_, i) => i % task.workers === task.worker);
const store =
  task.variant === 'store'
    ? (await createPostgresStore(pool, { schema: task.schema }))._unsafeUnwrap()
    : undefined;
await pool.query('SELECT 1');
process.send?.('ready');
process.once('message', async () => {
  const placed = await inFlight(mine, IN_FLIGHT, async (input) => {
    if (store === undefined) return placeByHand(pool, task.schema, input);
    const result = await store.reserve(input);
    return result.isOk() && result.value.type === 'Reserved';
  });
  process.send?.({ placed }, () => {
    pool.end().then(() => process.exit(0));
  });
});
