import { createPostgresStore, MIGRATIONS, migratePostgresStore } from '@antrean/storage-postgres';
import { conformanceFixtures as fx } from '@antrean/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import { quoted, schemaAtVersion } from './old-schema';
import { openTestDatabase, queryIn } from './test-database';

const db = await openTestDatabase();
afterAll(() => db.close());

const ALL = MIGRATIONS.map((m) => m.version);

const versionsIn = async (schema: string): Promise<number[]> =>
  (await queryIn(db.pool(1), `SELECT version FROM ${quoted(schema)}.schema_migrations ORDER BY version`)).map(
    (row) => Number(row.version),
  );

const tablesIn = async (schema: string): Promise<string[]> =>
  (
    await queryIn(db.pool(1), 'SELECT tablename FROM pg_tables WHERE schemaname = $1 ORDER BY tablename', [
      schema,
    ])
  ).map((row) => String(row.tablename));

const schemaAt = (version: number) => schemaAtVersion(db, version);

describe('postgres migrations', () => {
  it('a fresh schema is created and migrated to the latest version', async () => {
    const schema = db.freshSchema();
    const report = await migratePostgresStore(db.pool(), { schema });
    expect(report._unsafeUnwrap().applied).toEqual(ALL);
    expect(await versionsIn(schema)).toEqual(ALL);
    expect(await tablesIn(schema)).toEqual([
      'audit_log',
      'bindings',
      'bookings',
      'messages',
      'queue_tickets',
      'revoked_sessions',
      'revoked_users',
      'schema_migrations',
      'slots',
      'ticket_days',
      'work_leases',
    ]);
  });

  it('running again applies nothing and keeps the data', async () => {
    const schema = db.freshSchema();
    const pool = db.pool();
    const store = (await createPostgresStore(pool, { schema }))._unsafeUnwrap();
    const draft = fx.newBooking(fx.fixtures());
    const reserved = await store.reserve(fx.reserveInput(draft, [fx.slot(fx.DAY, '08:00', 3)]));
    expect(reserved._unsafeUnwrap().type).toBe('Reserved');
    const again = await migratePostgresStore(db.pool(), { schema });
    expect(again._unsafeUnwrap().applied).toEqual([]);
    const reopened = (await createPostgresStore(db.pool(), { schema }))._unsafeUnwrap();
    expect((await reopened.findByCode(draft.officeId, draft.code))._unsafeUnwrap()?.status).toBe('active');
    expect(await versionsIn(schema)).toEqual(ALL);
  });

  it('replicas starting at once migrate exactly once', async () => {
    const schema = db.freshSchema();
    const reports = await Promise.all(
      Array.from({ length: 4 }, () => migratePostgresStore(db.pool(2), { schema })),
    );
    const applied = reports.map((r) => r._unsafeUnwrap().applied);
    expect(applied.filter((a) => a.length > 0)).toEqual([MIGRATIONS.map((m) => m.version)]);
    expect(await versionsIn(schema)).toEqual(ALL);
  });

  it('any schema name works once quoted, even with quotes and spaces in it', async () => {
    const schema = db.freshSchema(' odd "name"');
    const store = (await createPostgresStore(db.pool(), { schema }))._unsafeUnwrap();
    const draft = fx.newBooking(fx.fixtures());
    await store.reserve(fx.reserveInput(draft, [fx.slot(fx.DAY, '08:00', 3)]));
    expect((await store.findByCode(draft.officeId, draft.code))._unsafeUnwrap()?.code).toBe(draft.code);
    expect(await tablesIn(schema)).toContain('bookings');
  });

  it('an unusable schema name is a StoreUnavailable error naming the problem', async () => {
    const empty = await createPostgresStore(db.pool(), { schema: '' });
    expect(empty._unsafeUnwrapErr()).toMatchObject({
      type: 'StoreUnavailable',
      message: expect.stringContaining('empty'),
    });
    const long = await migratePostgresStore(db.pool(), { schema: 'x'.repeat(64) });
    expect(long._unsafeUnwrapErr().message).toContain('longer than 63 bytes');
  });

  it('a version 1 schema with bookings migrates forward and keeps its counters', async () => {
    const { schema, pool, t } = await schemaAt(1);
    await queryIn(
      pool,
      `INSERT INTO ${t}.slots (office_id, slot_id, date, starts_at, held)
      VALUES ('o', '2030-03-04@08:00', '2030-03-04', '2030-03-04T01:00:00Z', 2)`,
    );
    const report = await migratePostgresStore(db.pool(), { schema });
    expect(report._unsafeUnwrap().applied).toEqual(ALL.filter((v) => v > 1));
    const [row] = await queryIn(pool, `SELECT held, capacity FROM ${t}.slots`);
    expect(row).toMatchObject({ held: 2, capacity: null });
  });

  it('a version 2 schema holding messages is keyed by sender after the upgrade, its replies kept', async () => {
    const { schema, pool, t } = await schemaAt(2);
    await queryIn(
      pool,
      `INSERT INTO ${t}.messages (channel, message_id, reply_text, outcome, received_at)
       VALUES ('telegram', '42', 'Booking berhasil ABCD-2345', '{"kind":"help"}', $1::timestamptz)`,
      [fx.NOW.toISOString()],
    );
    const store = (await createPostgresStore(db.pool(), { schema }))._unsafeUnwrap();
    expect(await versionsIn(schema)).toEqual(ALL);
    expect(await queryIn(pool, `SELECT channel, sender, message_id, reply_text FROM ${t}.messages`)).toEqual([
      { channel: 'telegram', sender: '', message_id: '42', reply_text: 'Booking berhasil ABCD-2345' },
    ]);
    // The old row is nobody's now: a sender reusing the id gets no stranger's confirmation.
    const key = { channel: 'telegram', sender: '+6281299004406', messageId: '42' };
    expect((await store.findReply(key))._unsafeUnwrap()).toBeUndefined();
    expect((await store.recordReply(key, fx.helpReply('mine'), fx.NOW))._unsafeUnwrap().first).toBe(true);
    expect((await store.findReply({ ...key, sender: '' }))._unsafeUnwrap()?.text).toBe(
      'Booking berhasil ABCD-2345',
    );
    // The sender has no default: a writer that forgets it fails instead of sharing ''.
    await expect(
      queryIn(
        pool,
        `INSERT INTO ${t}.messages (channel, message_id, reply_text, outcome, received_at)
        VALUES ('x', 'y', 'z', '{}', now())`,
      ),
    ).rejects.toThrow(/sender/);
  });

  it('the counter refuses to hold more than its capacity, whatever writes it', async () => {
    const schema = db.freshSchema();
    const store = (await createPostgresStore(db.pool(), { schema }))._unsafeUnwrap();
    const session = fx.slot(fx.DAY, '08:00', 1);
    await store.reserve(fx.reserveInput(fx.newBooking(fx.fixtures()), [session]));
    const overfill = queryIn(db.pool(1), `UPDATE ${quoted(schema)}.slots SET held = held + 1`);
    await expect(overfill).rejects.toThrow(/slots_held_within_capacity/);
  });

  it('a schema migrated by a newer release is refused, not misread', async () => {
    const schema = db.freshSchema();
    (await migratePostgresStore(db.pool(), { schema }))._unsafeUnwrap();
    await queryIn(
      db.pool(1),
      `INSERT INTO ${quoted(schema)}.schema_migrations (version, name) VALUES (99, 'future')`,
    );
    const opened = await createPostgresStore(db.pool(), { schema });
    expect(opened._unsafeUnwrapErr()).toMatchObject({
      type: 'StoreUnavailable',
      message: expect.stringContaining('newer than this adapter'),
    });
  });
});
