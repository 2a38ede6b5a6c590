import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { okAsync } from 'neverthrow';
import { afterAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../storage-postgres/test/test-database';
import { type OpenedStore, openStore } from '../src/open-store';
import { type ScheduledJob, type Scheduler, startScheduler } from '../src/scheduler';

const dir = mkdtempSync(join(tmpdir(), 'antrean-scheduler-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const INTERVAL = 60_000;

/** Two replicas' stores on one database: two connections to one SQLite file, or to one schema. */
const ENGINES: Record<string, () => Promise<{ stores: OpenedStore[]; close: () => Promise<void> }>> = {
  sqlite: async () => {
    const sqlitePath = join(dir, `${Math.random().toString(36).slice(2)}.sqlite`);
    const stores = [
      (await openStore({ sqlitePath }))._unsafeUnwrap(),
      (await openStore({ sqlitePath }))._unsafeUnwrap(),
    ];
    return { stores, close: async () => void (await Promise.all(stores.map((s) => s.close()))) };
  },
  postgres: async () => {
    const database = await openTestDatabase();
    const open = async () =>
      (await openStore({ databaseUrl: database.url, schema: database.schema }))._unsafeUnwrap();
    const stores = [await open(), await open()];
    return {
      stores,
      close: async () => {
        await Promise.all(stores.map((s) => s.close()));
        await database.close();
      },
    };
  },
};

/** Two hosts' schedulers of one job on one store, beaten by hand on a shared fake clock; the passes each ran. */
function twoHosts(stores: readonly OpenedStore[], clock: { now: () => Date }) {
  const passes: { holder: string; at: number }[] = [];
  const schedulers: Scheduler[] = stores.map((opened, i) => {
    const job: ScheduledJob = {
      name: 'expiry-sweep',
      intervalMs: INTERVAL,
      run: (now) => {
        passes.push({ holder: `host-${i}`, at: now.getTime() });
        return okAsync(0);
      },
    };
    return startScheduler({ leases: opened.store, jobs: [job], holder: `host-${i}`, clock, timers: false });
  });
  return { passes, schedulers };
}

describe.each(Object.keys(ENGINES))('the scheduler on one store shared by two hosts (%s)', (engine) => {
  it('runs every pass exactly once per interval, whichever host beats first, over 12 beats', async () => {
    const { stores, close } = await ENGINES[engine]!();
    try {
      let now = Date.UTC(2026, 11, 8, 8, 0, 0);
      const { passes, schedulers } = twoHosts(stores, { now: () => new Date(now) });
      for (let beat = 0; beat < 12; beat++) {
        // Both hosts beat at the same instant, in either order or at once, as replicas' timers do.
        if (beat % 3 === 0) await Promise.all(schedulers.map((s) => s.tick()));
        else for (const s of beat % 3 === 1 ? schedulers : [...schedulers].reverse()) await s.tick();
        now += INTERVAL;
      }
      const start = Date.UTC(2026, 11, 8, 8, 0, 0);
      expect(passes.map((pass) => (pass.at - start) / INTERVAL)).toEqual([...Array(12).keys()]);
      expect(new Set(passes.map((pass) => pass.holder)).size).toBeGreaterThanOrEqual(1);
    } finally {
      await close();
    }
  });

  it('lets the other host take over at once when the holder stops, and after one interval when it dies', async () => {
    const { stores, close } = await ENGINES[engine]!();
    try {
      let now = Date.UTC(2026, 11, 8, 8, 0, 0);
      const { passes, schedulers } = twoHosts(stores, { now: () => new Date(now) });
      const [first, second] = schedulers as [Scheduler, Scheduler];
      expect([await first.tick(), await second.tick()]).toEqual([true, false]);
      await first.stop(); // a clean shutdown gives the lease up
      now += 1_000;
      expect(await second.tick()).toBe(true);
      // The second host dies without giving it up: the first waits out the lease, then takes it.
      now += INTERVAL - 1_000;
      expect(await first.tick()).toBe(false);
      now += 1_000;
      expect(await first.tick()).toBe(true);
      expect(passes.map((pass) => pass.holder)).toEqual(['host-0', 'host-1', 'host-0']);
    } finally {
      await close();
    }
  });
});
