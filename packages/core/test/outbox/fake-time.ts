import type { Clock } from '@antrean/core';

/** A clock and a sleep that only move when the test drives them: passes run in virtual time. */
export interface FakeTime {
  readonly clock: Clock;
  /** Resolves once virtual time reaches now + ms. */
  sleep(ms: number): Promise<void>;
  /** Moves virtual time forward (timers due meanwhile fire). */
  advance(ms: number): Promise<void>;
  /** Runs virtual time until `promise` settles; fails if it waits on something time cannot bring. */
  settle<T>(promise: Promise<T>): Promise<T>;
  nowMs(): number;
}

/** Lets every pending promise callback run (the memory store answers with settled promises). */
export const flush = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise<void>((resolve) => setImmediate(resolve));
};

export function fakeTime(start = Date.parse('2026-11-30T02:00:00Z')): FakeTime {
  let now = start;
  const timers: { at: number; resolve: () => void }[] = [];
  const fireDue = () => {
    for (const timer of timers.filter((each) => each.at <= now)) {
      timers.splice(timers.indexOf(timer), 1);
      timer.resolve();
    }
  };
  const time: FakeTime = {
    clock: { now: () => new Date(now) },
    nowMs: () => now,
    sleep: (ms) =>
      new Promise<void>((resolve) => {
        timers.push({ at: now + Math.max(0, ms), resolve });
      }),
    async advance(ms) {
      const target = now + ms;
      for (;;) {
        await flush();
        const next = timers.reduce((min, timer) => Math.min(min, timer.at), Number.POSITIVE_INFINITY);
        if (next > target) break;
        now = Math.max(now, next);
        fireDue();
      }
      now = target;
      await flush();
    },
    async settle(promise) {
      let done = false;
      const watched = promise.finally(() => {
        done = true;
      });
      for (;;) {
        await flush();
        if (done) return watched;
        if (timers.length === 0) throw new Error('nothing left to wait for, yet the promise is unsettled');
        now = Math.max(now, Math.min(...timers.map((timer) => timer.at)));
        fireDue();
      }
    },
  };
  return time;
}
