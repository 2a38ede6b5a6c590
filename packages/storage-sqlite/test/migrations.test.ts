import {
  createSqliteStore,
  sqliteMigrations,
  sqliteSchemaSql,
  sqliteSchemaVersion,
} from '@antrean/storage-sqlite';
import { conformanceFixtures } from '@antrean/testkit';
import { afterEach, describe, expect, it } from 'vitest';
import { connect } from '../src/connection';
import { migrate } from '../src/migrate';
import { openLibsql, tempDir } from './sqlite-harness';

const { DAY, NOW, fixtures, later, newBooking, reserveInput, slot } = conformanceFixtures;

const versions = (db: ReturnType<typeof openLibsql>) =>
  (db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[]).map(
    (row) => row.version,
  );

describe('schema migrations', () => {
  const dirs: ReturnType<typeof tempDir>[] = [];
  const newFile = () => {
    const dir = tempDir();
    dirs.push(dir);
    return dir.file();
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) dir.remove();
  });

  it('a new file gets every migration, in version order, and the documented schema', async () => {
    const db = openLibsql(newFile());
    (await createSqliteStore(db))._unsafeUnwrap();
    const numbers = sqliteMigrations.map((step) => step.version);
    expect(versions(db)).toEqual(numbers);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b)); // in order, each once
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(sqliteSchemaVersion).toBe(numbers.at(-1));
    for (const table of ['bookings', 'slot_counters', 'messages', 'number_bindings']) {
      expect(sqliteSchemaSql).toContain(`CREATE TABLE ${table}`);
      expect(
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?").get(table),
      ).toBeTruthy();
    }
    db.close();
  });

  it('reopening an up-to-date file changes nothing and keeps the bookings', async () => {
    const file = newFile();
    const f = fixtures();
    const draft = newBooking(f);
    const first = openLibsql(file);
    const store = (await createSqliteStore(first))._unsafeUnwrap();
    expect((await store.reserve(reserveInput(draft, [slot(DAY, '08:00', 2)])))._unsafeUnwrap().type).toBe(
      'Reserved',
    );
    const applied = first.prepare('SELECT * FROM schema_migrations ORDER BY version').all();
    first.close();
    const again = openLibsql(file);
    const reopened = (await createSqliteStore(again))._unsafeUnwrap();
    expect(again.prepare('SELECT * FROM schema_migrations ORDER BY version').all()).toEqual(applied);
    expect((await reopened.findByCode(draft.officeId, draft.code))._unsafeUnwrap()?.status).toBe('active');
    again.close();
  });

  it('a version-1 database with bookings is migrated forward and keeps its data', async () => {
    const file = newFile();
    const old = openLibsql(file);
    expect(migrate(connect(old), sqliteMigrations.slice(0, 1))).toBe(1);
    old.exec(
      `INSERT INTO slot_counters VALUES ('kanim', '${DAY}@08:00', '${DAY}', ${Date.parse(`${DAY}T01:00:00Z`)}, 5, 1)`,
    );
    old.exec(`INSERT INTO bookings VALUES ('ABCD2345', 'kanim', 'BUDI|1987-01-25', 'BUDI', '1987-01-25', 'regular',
      '+6281299004406', '${DAY}@08:00', '${DAY}', ${Date.parse(`${DAY}T01:00:00Z`)}, ${Date.parse(`${DAY}T00:30:00Z`)},
      'active', ${NOW.getTime()}, ${NOW.getTime()})`);
    old.close();

    const db = openLibsql(file);
    const store = (await createSqliteStore(db))._unsafeUnwrap();
    expect(versions(db)).toEqual(sqliteMigrations.map((step) => step.version));
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'bookings_by_day'").get()).toBeTruthy();
    expect(
      (await store.listByDate('kanim', DAY))._unsafeUnwrap().map((b) => [b.code, b.phone, b.status]),
    ).toEqual([['ABCD2345', '+6281299004406', 'active']]);
    expect((await store.countBySlot('kanim', [DAY]))._unsafeUnwrap().get(`${DAY}@08:00`)).toBe(1);
    db.close();
  });

  it('a version-2 database holding messages is keyed by sender after the upgrade, its replies kept', async () => {
    const file = newFile();
    const old = openLibsql(file);
    expect(migrate(connect(old), sqliteMigrations.slice(0, 2))).toBe(2);
    old.exec(
      `INSERT INTO messages VALUES ('telegram', '42', 'Booking berhasil ABCD-2345', '{"kind":"help"}', ${NOW.getTime()})`,
    );
    old.close();

    const db = openLibsql(file);
    const store = (await createSqliteStore(db))._unsafeUnwrap();
    expect(versions(db)).toEqual(sqliteMigrations.map((step) => step.version));
    expect(
      db.prepare('SELECT channel, sender, message_id, reply_text, received_at FROM messages').all(),
    ).toEqual([
      {
        channel: 'telegram',
        sender: '',
        message_id: '42',
        reply_text: 'Booking berhasil ABCD-2345',
        received_at: NOW.getTime(),
      },
    ]);
    // The old row is nobody's now: a sender reusing the id gets no stranger's confirmation.
    const key = { channel: 'telegram', sender: '+6281299004406', messageId: '42' };
    expect((await store.findReply(key))._unsafeUnwrap()).toBeUndefined();
    const recorded = (
      await store.recordReply(key, { text: 'mine', outcome: { kind: 'help' } }, NOW)
    )._unsafeUnwrap();
    expect(recorded.first).toBe(true);
    expect((await store.findReply({ ...key, sender: '' }))._unsafeUnwrap()?.text).toBe(
      'Booking berhasil ABCD-2345',
    );
    expect(
      db.prepare("SELECT name FROM sqlite_master WHERE name = 'messages_by_received'").get(),
    ).toBeTruthy();
    expect((await store.purge(later(NOW, 1)))._unsafeUnwrap().messages).toBe(2);
    db.close();
  });

  it('a database from a newer adapter is refused with StoreUnavailable, not changed', async () => {
    const db = openLibsql(newFile());
    (await createSqliteStore(db))._unsafeUnwrap();
    db.exec(`INSERT INTO schema_migrations VALUES (${sqliteSchemaVersion + 1}, 'from the future', 0)`);
    const result = await createSqliteStore(db);
    expect(result.isErr() && result.error.type).toBe('StoreUnavailable');
    expect(result.isErr() && result.error.message).toMatch(/newer/);
    db.close();
  });

  it('a file database is durable and shareable, :memory: is neither; pragmas are set', async () => {
    const file = openLibsql(newFile());
    expect((await createSqliteStore(file, { busyTimeoutMs: 1234 }))._unsafeUnwrap().capabilities).toEqual({
      multiProcess: true,
      durable: true,
    });
    const pragma = (name: string) => Object.values(file.prepare(`PRAGMA ${name}`).get() as object)[0];
    expect([
      pragma('journal_mode'),
      pragma('synchronous'),
      pragma('foreign_keys'),
      pragma('busy_timeout'),
    ]).toEqual([
      'wal',
      2, // FULL
      1,
      1234,
    ]);
    file.close();
    const memory = openLibsql(':memory:');
    expect((await createSqliteStore(memory))._unsafeUnwrap().capabilities).toEqual({
      multiProcess: false,
      durable: false,
    });
    memory.close();
  });
});
