/**
 * Desk processes on one SQLite file: a walk-in appended by another process wakes this process's
 * watch within 1 s, its revocation is seen here, and of three processes asking for one lease at
 * the same instant exactly one gets it.
 */
import { createSqliteStore } from '@antrean/storage-sqlite';
import { conformanceFixtures, waitUntil } from '@antrean/testkit';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openLibsql, tempDir } from './sqlite-harness';
import type { DeskPlan } from './worker/desk-worker';
import { bundleWorker, startWorker } from './worker/run-worker';

const { NOW, fixtures } = conformanceFixtures;

let worker: Awaited<ReturnType<typeof bundleWorker>>;
beforeAll(async () => {
  worker = await bundleWorker('desk-worker');
});
afterAll(() => worker?.remove());

it('three desk processes: every append wakes this one within 1 s, revocations are shared, one lease holder', async () => {
  const dir = tempDir();
  const db = openLibsql(dir.file());
  const store = (await createSqliteStore(db))._unsafeUnwrap();
  const { officeId } = fixtures();
  let read: string[] = [];
  const stop = store.watchDesk(() => {
    void store.auditAfter({ officeId, afterId: 0, limit: 10 }).then((rows) => {
      if (rows.isOk()) read = rows.value.map((row) => row.detail ?? '');
    });
  });
  try {
    const startAt = Date.now() + 2500;
    const names = ['a', 'b', 'c'];
    const plan = (name: string): DeskPlan => ({
      file: dir.file(),
      name,
      officeId,
      now: NOW.getTime(),
      startAt,
    });
    const running = names.map((name) => startWorker(worker.script, plan(name)));
    for (const [i, name] of names.entries()) {
      await running[i]!.printed(2);
      expect(running[i]!.lines[1]).toBe('appended');
      await waitUntil(`process ${name}'s walk-in read here`, () => read.includes(name), { timeoutMs: 1_000 });
    }
    const ended = await Promise.all(running.map((r) => r.exited));
    expect(ended.map((e) => [e.code, e.stderr])).toEqual(names.map(() => [0, '']));
    const leases = running.map((r) => r.lines[0]);
    expect(leases.filter((line) => line === 'lease true')).toHaveLength(1);
    for (const name of names) {
      const query = { sessionId: `${name}-session`, userName: name, issuedAt: NOW };
      expect((await store.isSessionRevoked(query))._unsafeUnwrap()).toBe(true);
    }
  } finally {
    stop();
    await store.close();
    db.close();
    dir.remove();
  }
}, 60_000);
