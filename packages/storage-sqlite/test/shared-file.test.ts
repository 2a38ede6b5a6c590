/**
 * Several connections and several processes on one database file: BEGIN IMMEDIATE and the
 * conditional counter update keep every session within capacity and every applicant at one
 * active booking, however the writers interleave.
 */
import type { NewBooking, ReserveResult } from '@antrean/core';
import { createSqliteStore } from '@antrean/storage-sqlite';
import { conformanceFixtures } from '@antrean/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSlots } from './slot-check';
import { openLibsql, tempDir } from './sqlite-harness';
import { bundleWorker, startWorker } from './worker/run-worker';

const { DAY, fixtures, newBooking, reserveInput, slot } = conformanceFixtures;

describe('one file, many writers', () => {
  it('two connections reserving at once fill each session exactly', async () => {
    const dir = tempDir();
    const [a, b] = [openLibsql(dir.file()), openLibsql(dir.file())];
    try {
      const stores = [
        (await createSqliteStore(a))._unsafeUnwrap(),
        (await createSqliteStore(b))._unsafeUnwrap(),
      ];
      const f = fixtures();
      const sessions = [slot(DAY, '08:00', 10), slot(DAY, '10:00', 10), slot(DAY, '13:00', 10)];
      const drafts = Array.from({ length: 60 }, () => newBooking(f));
      // The same applicant on both connections too: one of the pair must be refused.
      const twins = drafts.slice(0, 10).map((d) => ({ ...newBooking(f), applicantKey: d.applicantKey }));
      const reserve = async (draft: NewBooking, i: number): Promise<ReserveResult> =>
        (await stores[i % 2]!.reserve(reserveInput(draft, sessions)))._unsafeUnwrap();
      const results = await Promise.all([...drafts, ...twins].map(reserve));
      expect(results.filter((r) => r.type === 'Reserved')).toHaveLength(30);
      expect(checkSlots(a)).toEqual([]);
      const counts = (await stores[1]!.countBySlot(f.officeId, [DAY]))._unsafeUnwrap();
      expect(sessions.map((s) => counts.get(s.slotId))).toEqual([10, 10, 10]);
    } finally {
      a.close();
      b.close();
      dir.remove();
    }
  });

  describe('separate processes', () => {
    let worker: Awaited<ReturnType<typeof bundleWorker>>;
    beforeAll(async () => {
      worker = await bundleWorker();
    });
    afterAll(() => worker?.remove());

    it('three processes booking the same 300 applicants for 120 places end with exactly 120', async () => {
      const dir = tempDir();
      try {
        const file = dir.file();
        // Create the schema first, so the workers race on bookings, not on migrations.
        const setup = openLibsql(file);
        (await createSqliteStore(setup))._unsafeUnwrap();
        setup.close();
        const sessions = Array.from({ length: 4 }, (_, i) => ({
          slotId: `2030-03-04@${8 + i}:00`,
          capacity: 30,
        }));
        const forward = Array.from({ length: 300 }, (_, i) => i);
        const orders = [forward, [...forward].reverse(), forward.map((n) => (n * 7) % 300)];
        const running = orders.map((applicants, i) =>
          startWorker(worker.script, { file, worker: 'ABC'[i]!, applicants, sessions }),
        );
        const exits = await Promise.all(running.map((w) => w.exited));
        expect(exits.map((e) => [e.code, e.stderr])).toEqual([
          [0, ''],
          [0, ''],
          [0, ''],
        ]);
        const confirmed = running.flatMap((w) => w.lines);
        expect(confirmed).toHaveLength(120);
        const db = openLibsql(file);
        try {
          expect(checkSlots(db)).toEqual([]);
          const active = db
            .prepare("SELECT code, slot_id FROM bookings WHERE status = 'active' ORDER BY code")
            .all() as { code: string; slot_id: string }[];
          const printed = confirmed
            .map((line) => line.split(' '))
            .sort(([x = ''], [y = '']) => (x < y ? -1 : 1));
          expect(active.map((row) => [row.code, row.slot_id])).toEqual(printed);
        } finally {
          db.close();
        }
      } finally {
        dir.remove();
      }
    });
  });
});
