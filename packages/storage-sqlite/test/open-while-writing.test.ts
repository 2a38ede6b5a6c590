import { spawn } from 'node:child_process';
import { createSqliteStore } from '@antrean/storage-sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { openLibsql, tempDir } from './sqlite-harness';

/** Another process: opens the file in rollback-journal mode, takes the write lock, says so, keeps it 500 ms. */
const HOLD_LOCK = `const db = new (require('libsql'))(process.argv[1]);
db.exec('BEGIN IMMEDIATE'); db.exec('CREATE TABLE IF NOT EXISTS x (a INTEGER)');
console.log('held'); setTimeout(() => { db.exec('COMMIT'); db.close(); }, 500);`;

// Seen: a second terminal bot on a busy shared file failed to start with "database is locked",
// because opening took the write lock once per migration even when every one was applied.
describe('opening a file another process is writing to', () => {
  const dirs: ReturnType<typeof tempDir>[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) dir.remove();
  });

  it('opens an up-to-date file without the write lock, and reads while another connection holds it', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = dir.file();
    const first = openLibsql(file);
    (await createSqliteStore(first))._unsafeUnwrap();

    // Another connection (as another process would) holds the write lock for as long as it likes.
    const writer = openLibsql(file);
    writer.exec('BEGIN IMMEDIATE');
    try {
      const second = openLibsql(file);
      const opened = await createSqliteStore(second, { busyTimeoutMs: 50 });
      expect(opened.isOk() ? 'opened' : opened.error.message).toBe('opened');
      const store = opened._unsafeUnwrap();
      expect((await store.health()).isOk()).toBe(true);
      await store.close();
      second.close();
    } finally {
      writer.exec('ROLLBACK');
      writer.close();
      first.close();
    }
  });

  it('still waits for the lock, and applies each migration once, when a file needs migrating', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = dir.file();
    const writer = openLibsql(file);
    writer.exec('CREATE TABLE IF NOT EXISTS unrelated (x INTEGER)');
    writer.exec('BEGIN IMMEDIATE');
    const held = openLibsql(file);
    const refused = await createSqliteStore(held, { busyTimeoutMs: 50 });
    expect(refused.isErr() && refused.error.message).toMatch(/locked/);
    writer.exec('ROLLBACK');
    writer.close();
    held.close();
    const db = openLibsql(file);
    (await createSqliteStore(db))._unsafeUnwrap();
    const applied = db.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get() as { n: number };
    expect(applied.n).toBeGreaterThan(0);
    db.close();
  });

  // Seen in CI: two terminal bots started together on a new file; the second failed at once with
  // "database is locked" (SQLite calls no busy handler there) while the first was still creating it.
  it('waits, and opens, while another process holds the write lock on a file it is creating', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const file = dir.file();
    const holder = spawn(process.execPath, ['-e', HOLD_LOCK, file], { stdio: ['ignore', 'pipe', 'inherit'] });
    const released = new Promise<void>((resolve) => holder.on('exit', () => resolve()));
    await new Promise((resolve) => holder.stdout.once('data', resolve));
    const db = openLibsql(file);
    const opened = await createSqliteStore(db, { busyTimeoutMs: 10_000 });
    expect(opened.isOk() ? 'opened' : opened.error.message).toBe('opened');
    await opened._unsafeUnwrap().close();
    db.close();
    await released;
  });
});
