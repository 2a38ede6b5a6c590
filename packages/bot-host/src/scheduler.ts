import { randomUUID } from 'node:crypto';
import { type Clock, type StoreError, systemClock, type WorkLeases } from '@antrean/core';
import type { ResultAsync } from 'neverthrow';

/** A piece of work run once per interval by one process of the deployment, whichever holds its lease. */
export interface ScheduledJob {
  /** The lease's name in the store, e.g. `expiry-sweep`: one per kind of work, shared by every replica. */
  readonly name: string;
  /** How often a pass runs, in milliseconds (0: never). Also the lease's length, so a holder that died is replaced at the next beat. */
  readonly intervalMs: number;
  /** One pass, at `now`; a number is how many things it changed (logged when more than 0). */
  run(now: Date): ResultAsync<number, StoreError>;
}

/** What the scheduler did, for the host's log. */
export interface ScheduleEvent {
  readonly type: 'PassRan' | 'PassFailed' | 'LeaseFailed';
  readonly job: string;
  /** How many things a pass changed, or what failed. */
  readonly detail?: string;
}

/** How `startScheduler` is set up. */
export interface SchedulerOptions {
  readonly leases: WorkLeases;
  readonly jobs: readonly ScheduledJob[];
  /** This process in the lease rows (default: host name, process id and a random part). */
  readonly holder?: string;
  readonly clock?: Clock;
  readonly onEvent?: (event: ScheduleEvent) => void;
  /** False: no timers, the caller beats with `tick` (tests with a fake clock). Default true. */
  readonly timers?: boolean;
}

/** Running scheduled work. */
export interface Scheduler {
  /** This process's lease holder name. */
  readonly holder: string;
  /** One beat of `job` (every job when absent): take or renew its lease, and run a pass if held. True when it ran. */
  tick(job?: string): Promise<boolean>;
  /** Stops the timers, waits for a pass in flight and gives the leases up, so another replica takes over at once. */
  stop(): Promise<void>;
}

/** A lease holder name that tells an operator which process ran a pass (a container's `HOSTNAME`, the pid). */
export const defaultHolder = (): string =>
  `${process.env.HOSTNAME || 'host'}:${process.pid}:${randomUUID().slice(0, 8)}`;

/**
 * Scheduled work once per deployment however many replicas run: at every beat each process asks
 * the store for the job's lease (`acquireLease`, until one interval on) and only the holder runs
 * the pass. A beat that comes while this process's pass still runs is skipped.
 */
export function startScheduler(options: SchedulerOptions): Scheduler {
  const clock = options.clock ?? systemClock;
  const holder = options.holder ?? defaultHolder();
  const emit = (event: ScheduleEvent) => options.onEvent?.(event);
  const running = new Map<string, Promise<boolean>>();
  const jobs = options.jobs.filter((job) => job.intervalMs > 0);
  const beat = async (job: ScheduledJob): Promise<boolean> => {
    const now = clock.now();
    const lease = await options.leases.acquireLease({
      name: job.name,
      holder,
      now,
      until: new Date(now.getTime() + job.intervalMs),
    });
    if (lease.isErr()) {
      emit({ type: 'LeaseFailed', job: job.name, detail: lease.error.message });
      return false;
    }
    if (!lease.value) return false;
    const pass = await job.run(now);
    if (pass.isErr()) emit({ type: 'PassFailed', job: job.name, detail: pass.error.message });
    else if (pass.value > 0) emit({ type: 'PassRan', job: job.name, detail: String(pass.value) });
    return true;
  };
  const tickOne = (job: ScheduledJob): Promise<boolean> => {
    if (running.has(job.name)) return Promise.resolve(false);
    const pass = beat(job).finally(() => running.delete(job.name));
    running.set(job.name, pass);
    return pass;
  };
  const timers =
    options.timers === false
      ? []
      : jobs.map((job) => {
          const timer = setInterval(() => void tickOne(job), job.intervalMs);
          timer.unref();
          return timer;
        });
  return {
    holder,
    tick: async (name) => {
      const ran = await Promise.all(
        jobs.filter((job) => name === undefined || job.name === name).map(tickOne),
      );
      return ran.some(Boolean);
    },
    stop: async () => {
      for (const timer of timers) clearInterval(timer);
      await Promise.allSettled(running.values());
      await Promise.all(jobs.map((job) => options.leases.releaseLease({ name: job.name, holder })));
    },
  };
}
