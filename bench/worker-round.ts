/**
 * One round of a server-store benchmark: forks the client processes, starts them together once all
 * are ready (connecting and building requests stay outside the timing), and returns the bookings
 * they placed a second. Shared by the PostgreSQL and MySQL benchmarks.
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { Side } from './alternate';
import { profileArgs } from './whatsapp-bot';

/** Forks `workers` copies of the bundled `workerName` (e.g. `postgres-worker`), each given `task`
 * plus its index and the count; bookings placed a second across them all. */
export async function workerRound(
  workerName: string,
  workers: number,
  task: Readonly<Record<string, unknown>>,
): Promise<number> {
  const workerFile = `${process.env.ANTREAN_BENCH_OUT}${workerName}.mjs`;
  const children = Array.from({ length: workers }, (_, worker) =>
    fork(workerFile, [JSON.stringify({ ...task, worker, workers })], { execArgv: profileArgs() }),
  );
  await Promise.all(children.map((child) => new Promise((resolve) => child.once('message', resolve))));
  const started = performance.now();
  const counts = children.map(
    (child) =>
      new Promise<number>((resolve) => child.once('message', (m: { placed: number }) => resolve(m.placed))),
  );
  for (const child of children) child.send('go');
  const placed = (await Promise.all(counts)).reduce((a, b) => a + b, 0);
  return placed / ((performance.now() - started) / 1000);
}

/** A fresh name per side and round (`antrean_bench_<hex>`), the same each time it is asked for: a
 * round's schema or database. `all()` lists the names given, for dropping them afterwards. */
export function roundNames(): { of(side: Side, round: number): string; all(): string[] } {
  const names = new Map<string, string>();
  return {
    of: (side, round) => {
      const key = `${side} ${round}`;
      if (!names.has(key)) names.set(key, `antrean_bench_${randomBytes(4).toString('hex')}`);
      return names.get(key)!;
    },
    all: () => [...names.values()],
  };
}
