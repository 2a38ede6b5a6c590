/**
 * The desk's audit log is append-only in the database itself: migration 5's trigger refuses a raw
 * UPDATE, DELETE or TRUNCATE, whoever runs it, and purge leaves the rows.
 */
import { createPostgresStore } from '@antrean/storage-postgres';
import { conformanceFixtures as fx } from '@antrean/testkit';
import { afterAll, expect, it } from 'vitest';
import { openTestDatabase, queryIn } from './test-database';

const db = await openTestDatabase();
afterAll(() => db.close());

it('refuses a raw UPDATE, DELETE or TRUNCATE of audit_log and keeps its rows through purge', async () => {
  const schema = db.freshSchema();
  const store = (await createPostgresStore(db.pool(), { schema }))._unsafeUnwrap();
  const { officeId } = fx.fixtures();
  const walkIn = { officeId, date: fx.DAY, series: 'W', reason: 'paspor rusak', at: fx.NOW, officer: 'siti' };
  (await store.issueWalkIn(walkIn))._unsafeUnwrap();
  (await store.issueWalkIn(walkIn))._unsafeUnwrap();
  const log = `"${schema}".audit_log`;
  const admin = db.pool(1);
  await expect(queryIn(admin, `UPDATE ${log} SET officer = 'mallory'`)).rejects.toThrow(/append-only/);
  await expect(queryIn(admin, `DELETE FROM ${log}`)).rejects.toThrow(/append-only/);
  await expect(queryIn(admin, `TRUNCATE ${log}`)).rejects.toThrow(/append-only/);
  (await store.purge(new Date('2100-01-01T00:00:00Z')))._unsafeUnwrap();
  const rows = await queryIn(admin, `SELECT officer, action, ticket, detail FROM ${log} ORDER BY id`);
  expect(rows).toEqual([
    { officer: 'siti', action: 'walk_in', ticket: 'W-001', detail: 'paspor rusak' },
    { officer: 'siti', action: 'walk_in', ticket: 'W-002', detail: 'paspor rusak' },
  ]);
  const tickets = `"${schema}".queue_tickets`;
  const copy = `INSERT INTO ${tickets} (office_id, date, number, series, sequence, kind, issued_at, issued_by, status)
    SELECT office_id, date, number, series, sequence + 10, kind, issued_at, issued_by, status FROM ${tickets}`;
  await expect(queryIn(admin, copy)).rejects.toThrow(/duplicate key/);
  await store.close();
  await admin.end();
});
