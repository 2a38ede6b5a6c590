/**
 * Crash safety (issue 3, item 7): a process booking in a burst is killed with SIGKILL; every
 * booking it had confirmed (printed) must be in the file, active, and no slot over capacity.
 * Once one reservation at a time, once 64 in flight (group commit: batches of many).
 */
import { createSqliteStore } from '@antrean/storage-sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSlots } from './slot-check';
import { openLibsql, tempDir } from './sqlite-harness';
import { bundleWorker, startWorker } from './worker/run-worker';

const SESSIONS = Array.from({ length: 10 }, (_, i) => ({ slotId: `2030-03-04@${8 + i}:00`, capacity: 150 }));
const KILL_AFTER = 200;

describe('crash safety', () => {
  let worker: Awaited<ReturnType<typeof bundleWorker>>;
  beforeAll(async () => {
    worker = await bundleWorker();
  });
  afterAll(() => worker?.remove());

  it.each([
    ['one at a time', 1],
    ['64 in flight', 64],
  ])(
    'a SIGKILLed process booking %s loses no confirmed booking and leaves capacity intact',
    async (_, inFlight) => {
      const dir = tempDir();
      try {
        const file = dir.file();
        const applicants = Array.from({ length: 3000 }, (_, i) => i);
        const plan = { file, worker: 'K', applicants, sessions: SESSIONS, inFlight };
        const running = startWorker(worker.script, plan);
        await running.printed(KILL_AFTER);
        running.child.kill('SIGKILL');
        const { signal, stderr } = await running.exited;
        expect(stderr).toBe('');
        expect(signal).toBe('SIGKILL');
        const confirmed = running.lines.map((line) => line.split(' ') as [string, string]);
        expect(confirmed.length).toBeGreaterThanOrEqual(KILL_AFTER);
        expect(confirmed.length).toBeLessThan(applicants.length); // killed mid-burst, not after

        const db = openLibsql(file);
        try {
          for (const [code, slotId] of confirmed) {
            const row = db.prepare('SELECT status, slot_id FROM bookings WHERE code = ?').get(code);
            expect({ code, ...(row as object) }).toMatchObject({ code, status: 'active', slot_id: slotId });
          }
          expect(checkSlots(db)).toEqual([]);
          const store = (await createSqliteStore(db))._unsafeUnwrap();
          const [firstCode] = confirmed[0]!;
          expect((await store.findByCode('kanim-crash', firstCode))._unsafeUnwrap()?.status).toBe('active');
          await store.close();
          expect(
            (db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check,
          ).toBe('ok');
        } finally {
          db.close();
        }
      } finally {
        dir.remove();
      }
    },
  );
});
