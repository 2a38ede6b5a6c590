/**
 * Durable bookings a second through the SQLite store (libsql, WAL, synchronous=FULL, a file in a
 * temp folder) with 256 reservations in flight, against the same rows written by hand: one
 * transaction per booking, the conditional counter update and the insert. Rounds alternate,
 * library then hand-written, each on a fresh file, as tinybench tasks of one iteration.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReserveInput } from '@antrean/core';
import { createSqliteStore, sqliteSchemaSql } from '@antrean/storage-sqlite';
import Database from 'libsql';
import { alternateRounds } from './alternate';
import { benchPlan, requestsFor } from './bench-plan';
import { inFlight } from './in-flight';
import { type BenchOptions, type BenchReport, ratioReport } from './report';

const IN_FLIGHT = 256;

/** A fresh database file in its own temp folder. */
const freshFile = (): { path: string; remove: () => void } => {
  const dir = mkdtempSync(join(tmpdir(), 'antrean-bench-sqlite-'));
  return { path: join(dir, 'bench.db'), remove: () => rmSync(dir, { recursive: true, force: true }) };
};

/** Places every input through the store, 256 in flight; the number placed. */
const throughStore = async (path: string, inputs: readonly ReserveInput[]): Promise<number> => {
  const store = (await createSqliteStore(new Database(path), { synchronous: 'FULL' }))._unsafeUnwrap();
  const placed = await inFlight(inputs, IN_FLIGHT, async (input) => {
    const result = await store.reserve(input);
    return result.isOk() && result.value.type === 'Reserved';
  });
  await store.close();
  return placed;
};

/** The same rows by hand, one transaction per booking, on the store's own schema. */
const byHand = async (path: string, inputs: readonly ReserveInput[]): Promise<number> => {
  const db = new Database(path);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;');
  db.exec(sqliteSchemaSql);
  const ensure = db.prepare(
    'INSERT INTO slot_counters VALUES (?, ?, ?, ?, ?, 0) ON CONFLICT (office_id, slot_id) DO NOTHING',
  );
  const take = db.prepare(
    'UPDATE slot_counters SET held = held + 1 WHERE office_id = ? AND slot_id = ? AND held < ?',
  );
  const insert = db.prepare(`INSERT INTO bookings VALUES (${'?, '.repeat(13)}?)`);
  let placed = 0;
  for (const { booking: b, candidates, now } of inputs) {
    db.exec('BEGIN IMMEDIATE');
    const slot = candidates.find((s) => {
      ensure.run(b.officeId, s.slotId, s.date, s.startsAt.getTime(), s.capacity);
      return take.run(b.officeId, s.slotId, s.capacity).changes === 1;
    });
    if (slot) {
      const at = now.getTime();
      insert.run(
        ...[b.code, b.officeId, b.applicantKey, b.applicant.name, b.applicant.birthDate, b.applicationType],
        ...[b.phone, slot.slotId, slot.date, slot.startsAt.getTime(), slot.checkInDeadline.getTime()],
        ...['active', at, at],
      );
      placed += 1;
    }
    db.exec('COMMIT');
    await undefined; // one await per booking, like the store's callers
  }
  db.close();
  return placed;
};

/** Alternating rounds of both, each on a fresh file; ratio = store / hand-written. */
export async function run({ quick }: BenchOptions): Promise<BenchReport> {
  const inputs = requestsFor(benchPlan(quick ? 500 : 2_000));
  const rates = await alternateRounds(2, async (side) => {
    const file = freshFile();
    const started = performance.now();
    const placed = await (side === 'ours' ? throughStore : byHand)(file.path, inputs);
    const rate = placed / ((performance.now() - started) / 1000);
    file.remove();
    return rate;
  });
  return ratioReport(rates.ours, rates.baseline, [
    `bookings through the store (FULL, ${IN_FLIGHT} in flight)`,
    'hand-written SQL, one transaction each',
    'ratio (target >= 5)',
  ]);
}
