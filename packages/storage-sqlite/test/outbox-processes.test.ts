/**
 * Three processes claiming one file's outbox at once: the write lock every claim takes first
 * means no item is claimed twice, and between them they claim every item.
 */
import { createSqliteStore } from '@antrean/storage-sqlite';
import { conformanceFixtures } from '@antrean/testkit';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openLibsql, tempDir } from './sqlite-harness';
import type { ClaimPlan } from './worker/claim-worker';
import { bundleWorker, startWorker } from './worker/run-worker';

const { NOW, fixtures, helpReply, later } = conformanceFixtures;

let worker: Awaited<ReturnType<typeof bundleWorker>>;
beforeAll(async () => {
  worker = await bundleWorker('claim-worker');
});
afterAll(() => worker?.remove());

it('three processes claiming 300 items each get distinct items, and together all of them', async () => {
  const dir = tempDir();
  try {
    const file = dir.file();
    const setup = openLibsql(file);
    const store = (await createSqliteStore(setup))._unsafeUnwrap();
    const f = fixtures();
    for (let i = 0; i < 300; i++) {
      const key = { ...f.messageKey(), channel: 'whatsapp' };
      const delivery = { via: '106540352242922', to: key.sender };
      (await store.recordReply(key, helpReply(`n${i}`), NOW, delivery))._unsafeUnwrap();
    }
    setup.close();
    const startAt = Date.now() + 2500;
    const plan = (name: string): ClaimPlan => ({
      file,
      name,
      limit: 2,
      now: later(NOW, 1).getTime(),
      startAt,
    });
    const running = ['a', 'b', 'c'].map((name) => startWorker(worker.script, plan(name)));
    const ended = await Promise.all(running.map((r) => r.exited));
    expect(ended.map((e) => [e.code, e.stderr])).toEqual([
      [0, ''],
      [0, ''],
      [0, ''],
    ]);
    const ids = running.flatMap((r) => r.lines);
    expect(ids).toHaveLength(300);
    expect(new Set(ids).size).toBe(300);
    expect(running.filter((r) => r.lines.length > 0).length).toBeGreaterThan(1);
  } finally {
    dir.remove();
  }
}, 60_000);
