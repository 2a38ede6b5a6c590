/**
 * Bookings per second through the SQLite store (libsql, a WAL file in a temp folder), beside
 * the same placements as raw SQL on the same schema and driver without the library: one
 * transaction per booking with the conditional counter update and the insert. Each pair runs
 * with synchronous=FULL (the store's default: fsync per commit) and NORMAL. Run by `pnpm bench`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReserveInput } from '@antrean/core';
import { createSqliteStore, type SqliteStoreOptions, sqliteSchemaSql } from '@antrean/storage-sqlite';
import Database from 'libsql';
import { benchPlan, requestsFor, rowSince } from './bench-plan';
import type { BenchRow } from './bench-row';

const PLAN = benchPlan(5_000);

type Sync = NonNullable<SqliteStoreOptions['synchronous']>;

/** A fresh database file in its own temp folder, removed by `done`. */
const freshDatabase = (): { db: Database.Database; done: () => void } => {
  const dir = mkdtempSync(join(tmpdir(), 'antrean-bench-'));
  const db = new Database(join(dir, 'bench.db'));
  return {
    db,
    done: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

const row = (sync: Sync, variant: BenchRow['variant'], bookings: number, started: number): BenchRow =>
  rowSince(`sqlite (libsql, ${sync})`, variant, bookings, started);

const throughLibrary = async (inputs: readonly ReserveInput[], synchronous: Sync): Promise<BenchRow> => {
  const { db, done } = freshDatabase();
  const store = (await createSqliteStore(db, { synchronous }))._unsafeUnwrap();
  const started = performance.now();
  let placed = 0;
  for (const input of inputs) {
    const result = await store.reserve(input);
    if (result.isOk() && result.value.type === 'Reserved') placed += 1;
  }
  const measured = row(synchronous, 'library', placed, started);
  await store.close();
  done();
  return measured;
};

const rawSql = async (inputs: readonly ReserveInput[], sync: Sync): Promise<BenchRow> => {
  const { db, done } = freshDatabase();
  db.exec(`PRAGMA journal_mode = WAL; PRAGMA synchronous = ${sync}; PRAGMA foreign_keys = ON;`);
  db.exec(sqliteSchemaSql);
  const ensure = db.prepare(
    'INSERT INTO slot_counters VALUES (?, ?, ?, ?, ?, 0) ON CONFLICT (office_id, slot_id) DO NOTHING',
  );
  const take = db.prepare(
    'UPDATE slot_counters SET held = held + 1 WHERE office_id = ? AND slot_id = ? AND held < ?',
  );
  const insert = db.prepare(`INSERT INTO bookings VALUES (${'?, '.repeat(13)}?)`);
  const started = performance.now();
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
  const measured = row(sync, 'raw-sql', placed, started);
  done();
  return measured;
};

/** Reserve the plan's 5 000 bookings through the SQLite store and as raw SQL, at both sync levels. */
export async function run(): Promise<BenchRow[]> {
  const inputs = requestsFor(PLAN); // each day's sessions fill in order, as on a quota day
  const rows: BenchRow[] = [];
  for (const sync of ['FULL', 'NORMAL'] as const) {
    rows.push(await throughLibrary(inputs, sync), await rawSql(inputs, sync));
  }
  return rows;
}
