import { createPostgresStore, MIGRATIONS, migratePostgresStore } from '@antrean/storage-postgres';
import { conformanceFixtures as fx } from '@antrean/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import { openTestDatabase, queryIn } from './test-database';

const db = await openTestDatabase();
afterAll(() => db.close());

const LATEST = Math.max(...MIGRATIONS.map((m) => m.version));
const quoted = (schema: string) => `"${schema.replaceAll('"', '""')}"`;

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

describe('postgres migrations', () => {
  it('a fresh schema is created and migrated to the latest version', async () => {
    const schema = db.freshSchema();
    const report = await migratePostgresStore(db.pool(), { schema });
    expect(report._unsafeUnwrap().applied).toEqual(MIGRATIONS.map((m) => m.version));
    expect(await versionsIn(schema)).toEqual([LATEST]);
    expect(await tablesIn(schema)).toEqual([
      'bindings',
      'bookings',
      'messages',
      'schema_migrations',
      'slots',
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
    expect((await reopened.findByCode(draft.code))._unsafeUnwrap()?.status).toBe('active');
    expect(await versionsIn(schema)).toEqual([LATEST]);
  });

  it('replicas starting at once migrate exactly once', async () => {
    const schema = db.freshSchema();
    const reports = await Promise.all(
      Array.from({ length: 4 }, () => migratePostgresStore(db.pool(2), { schema })),
    );
    const applied = reports.map((r) => r._unsafeUnwrap().applied);
    expect(applied.filter((a) => a.length > 0)).toEqual([MIGRATIONS.map((m) => m.version)]);
    expect(await versionsIn(schema)).toEqual([LATEST]);
  });

  it('any schema name works once quoted, even with quotes and spaces in it', async () => {
    const schema = db.freshSchema(' odd "name"');
    const store = (await createPostgresStore(db.pool(), { schema }))._unsafeUnwrap();
    const draft = fx.newBooking(fx.fixtures());
    await store.reserve(fx.reserveInput(draft, [fx.slot(fx.DAY, '08:00', 3)]));
    expect((await store.findByCode(draft.code))._unsafeUnwrap()?.code).toBe(draft.code);
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
});
