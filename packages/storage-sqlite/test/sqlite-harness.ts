import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeliveryState } from '@antrean/core';
import { createSqliteStore, type SqliteDatabase, type SqliteStoreOptions } from '@antrean/storage-sqlite';
import type { StoreHarness, StoreProbe } from '@antrean/testkit';
import Database from 'libsql';

/** A driver connection the tests can close. */
export type ClosableDatabase = SqliteDatabase & { close(): unknown };

/** Opens a database file with one driver. */
export type OpenDatabase = (file: string) => ClosableDatabase;

/** Opens with libsql, the default driver. */
export const openLibsql: OpenDatabase = (file) => new Database(file);

/** Opens with better-sqlite3 when it is installed (it is not by default), else undefined. */
export const betterSqlite3 = ((): OpenDatabase | undefined => {
  try {
    const BetterSqlite3 = createRequire(import.meta.url)('better-sqlite3') as new (
      file: string,
    ) => ClosableDatabase;
    return (file) => new BetterSqlite3(file);
  } catch {
    return undefined;
  }
})();

/** A fresh temporary folder for one test's database files; `remove` deletes it. */
export const tempDir = (): { path: string; file: (name?: string) => string; remove: () => void } => {
  const path = mkdtempSync(join(tmpdir(), 'antrean-sqlite-'));
  return {
    path,
    file: (name = 'bookings.db') => join(path, name),
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
};

/** New database files, each in a temp folder of its own; `removeAll` deletes them (after each test). */
export const tempFiles = (): { file: () => string; removeAll: () => void } => {
  const dirs: ReturnType<typeof tempDir>[] = [];
  return {
    file: () => {
      const dir = tempDir();
      dirs.push(dir);
      return dir.file();
    },
    removeAll: () => {
      for (const dir of dirs.splice(0)) dir.remove();
    },
  };
};

/** Reads the tables with raw SQL, not through the store's own queries. */
export const probeOf = (db: SqliteDatabase): StoreProbe => {
  const count = (sql: string, ...params: string[]) =>
    Number((db.prepare(sql).get(...params) as { n: number }).n);
  return {
    booking: async (code) => {
      const row = db
        .prepare('SELECT code, status, slot_id, phone, applicant_key FROM bookings WHERE code = ?')
        .get(code) as Record<string, string> | undefined;
      if (!row) return undefined;
      const { status, slot_id: slotId, phone, applicant_key: applicantKey } = row;
      return {
        code,
        status: status as 'active',
        slotId: slotId!,
        phone: phone!,
        applicantKey: applicantKey!,
      };
    },
    heldInSlot: async (officeId, slotId) =>
      count(
        "SELECT COUNT(*) AS n FROM bookings WHERE office_id = ? AND slot_id = ? AND status IN ('active', 'checked_in')",
        officeId,
        slotId,
      ),
    activeForApplicant: async (key) =>
      count("SELECT COUNT(*) AS n FROM bookings WHERE applicant_key = ? AND status = 'active'", key),
    messageReply: async (key) =>
      (
        db
          .prepare('SELECT reply_text FROM messages WHERE channel = ? AND sender = ? AND message_id = ?')
          .get(key.channel, key.sender, key.messageId) as { reply_text: string } | undefined
      )?.reply_text,
    delivery: async (key) => {
      const row = db
        .prepare(
          `SELECT delivery_state, delivery_attempts, provider_message_id, last_error_code FROM messages
           WHERE channel = ? AND sender = ? AND message_id = ? AND delivery_state IS NOT NULL`,
        )
        .get(key.channel, key.sender, key.messageId) as Record<string, string | number | null> | undefined;
      if (!row) return undefined;
      return {
        state: row.delivery_state as DeliveryState,
        attempts: Number(row.delivery_attempts),
        ...(row.provider_message_id == null ? {} : { providerMessageId: String(row.provider_message_id) }),
        ...(row.last_error_code == null ? {} : { errorCode: String(row.last_error_code) }),
      };
    },
  };
};

interface Opened {
  readonly db: ClosableDatabase;
  readonly file: string;
  readonly remove: () => void;
}

const opened = new WeakMap<StoreHarness, Opened>();

const harnessOn = async (
  open: OpenDatabase,
  file: string,
  remove: () => void,
  options?: SqliteStoreOptions,
): Promise<StoreHarness> => {
  const db = open(file);
  const store = (await createSqliteStore(db, options))._unsafeUnwrap();
  const harness: StoreHarness = {
    store,
    probe: probeOf(db),
    dispose: async () => {
      await store.close();
      db.close();
      remove();
    },
  };
  opened.set(harness, { db, file, remove });
  return harness;
};

/**
 * The suite's factory and reopen for one driver and store options: a new file in a new temp
 * folder per test.
 */
export const sqliteHarnesses = (open: OpenDatabase, options?: SqliteStoreOptions) => ({
  create: async (): Promise<StoreHarness> => {
    const dir = tempDir();
    return harnessOn(open, dir.file(), dir.remove, options);
  },
  reopen: async (harness: StoreHarness): Promise<StoreHarness> => {
    const before = opened.get(harness);
    if (!before) throw new Error('not a sqlite harness');
    await harness.store.close();
    before.db.close();
    return harnessOn(open, before.file, before.remove, options);
  },
  connectAnother: async (harness: StoreHarness): Promise<StoreHarness> => {
    const first = opened.get(harness);
    if (!first) throw new Error('not a sqlite harness');
    // A second connection to the same file; disposing it must not delete the file.
    return harnessOn(open, first.file, () => {}, options);
  },
});
