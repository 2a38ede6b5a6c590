/**
 * The desk's audit log is append-only in the file itself: the triggers of migration 5 refuse a
 * raw UPDATE or DELETE, whoever runs it, and purge leaves the rows.
 */
import { createSqliteStore } from '@antrean/storage-sqlite';
import { conformanceFixtures as fx } from '@antrean/testkit';
import { afterEach, expect, it } from 'vitest';
import { openLibsql, tempDir } from './sqlite-harness';

const dirs: ReturnType<typeof tempDir>[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) dir.remove();
});

const openFresh = () => {
  const dir = tempDir();
  dirs.push(dir);
  return openLibsql(dir.file());
};

const walkIn = (officeId: string) => ({
  officeId,
  date: fx.DAY,
  series: 'W',
  reason: 'paspor rusak',
  at: fx.NOW,
  officer: 'siti',
});

it('refuses a raw UPDATE or DELETE of audit_log and keeps its rows through purge', async () => {
  const db = openFresh();
  const store = (await createSqliteStore(db))._unsafeUnwrap();
  const { officeId } = fx.fixtures();
  (await store.issueWalkIn(walkIn(officeId)))._unsafeUnwrap();
  (await store.issueWalkIn(walkIn(officeId)))._unsafeUnwrap();
  expect(() => db.prepare("UPDATE audit_log SET officer = 'mallory'").run()).toThrow(/append-only/);
  expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  (await store.purge(new Date('2100-01-01T00:00:00Z')))._unsafeUnwrap();
  const rows = db.prepare('SELECT id, officer, action, ticket, detail FROM audit_log ORDER BY id').all();
  expect(rows).toEqual([
    { id: 1, officer: 'siti', action: 'walk_in', ticket: 'W-001', detail: 'paspor rusak' },
    { id: 2, officer: 'siti', action: 'walk_in', ticket: 'W-002', detail: 'paspor rusak' },
  ]);
  await store.close();
  db.close();
});

it('refuses a second ticket with a number its office day already has', async () => {
  const db = openFresh();
  const store = (await createSqliteStore(db))._unsafeUnwrap();
  const { officeId } = fx.fixtures();
  (await store.issueWalkIn(walkIn(officeId)))._unsafeUnwrap();
  const copy = `INSERT INTO queue_tickets (office_id, date, number, series, sequence, kind, issued_at, issued_by, status)
    SELECT office_id, date, number, series, sequence + 1, kind, issued_at, issued_by, status FROM queue_tickets`;
  expect(() => db.prepare(copy).run()).toThrow(/UNIQUE/);
  await store.close();
  db.close();
});
