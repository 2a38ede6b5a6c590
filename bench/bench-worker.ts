/**
 * The client side of a server-store benchmark (forked by worker-round.ts): reads its task, builds
 * its share of one office day's requests, says `ready`, and on `go` places them, `IN_FLIGHT` at a
 * time, then reports how many it placed and closes. Shared by the PostgreSQL and MySQL workers.
 */
import type { ReserveInput } from '@antrean/core';
import { benchPlan, requestsFor } from './bench-plan';
import { inFlight } from './in-flight';

/** What the parent asks of a worker, beyond the engine's own fields (its URL, its schema). */
export interface WorkerTask {
  readonly variant: 'store' | 'raw';
  readonly bookings: number;
  readonly worker: number;
  readonly workers: number;
}

/** Bookings each worker keeps in flight, each on a connection of its own: its pool's size. */
export const IN_FLIGHT = 8;

/** This process's task, as worker-round.ts passed it. */
export const workerTask = <T extends WorkerTask>(): T => JSON.parse(process.argv[2] ?? '{}') as T;

/** Runs the worker once its connections are up: `place` books one request (true when placed). */
export function serveRounds(
  task: WorkerTask,
  place: (input: ReserveInput) => Promise<boolean>,
  close: () => Promise<void>,
): void {
  // One office day: every request's candidates are the same day's ten sessions.
  const plan = benchPlan(task.bookings, { capacity: Math.ceil(task.bookings / 10) });
  const mine = requestsFor(plan).filter((_, i) => i % task.workers === task.worker);
  process.send?.('ready');
  process.once('message', async () => {
    const placed = await inFlight(mine, IN_FLIGHT, place);
    process.send?.({ placed }, () => {
      close().then(() => process.exit(0));
    });
  });
}
