import type { DeliveryState } from '@antrean/core';
import { createMysqlStore, type MysqlStoreOptions } from '@antrean/storage-mysql';
import type { StoreConformanceOptions, StoreHarness, StoreProbe } from '@antrean/testkit';
import type mysql from 'mysql2/promise';
import type { TestDatabase } from './test-database';

type Rows = Record<string, unknown>[];
const select = async (pool: mysql.Pool, sql: string, values: unknown[]): Promise<Rows> =>
  (await pool.query(sql, values))[0] as Rows;

/** A probe that reads the database's tables with its own SQL, not the store's. */
export const probeOf = (pool: mysql.Pool): StoreProbe => {
  const count = async (sql: string, values: unknown[]) => Number((await select(pool, sql, values))[0]?.n);
  const message = 'channel = ? AND sender = ? AND message_id = ?';
  return {
    booking: async (code) => {
      const [row] = await select(
        pool,
        'SELECT code, status, slot_id, phone, applicant_key FROM bookings WHERE code = ?',
        [code],
      );
      return row
        ? {
            code: String(row.code),
            status: row.status as never,
            slotId: String(row.slot_id),
            phone: String(row.phone),
            applicantKey: String(row.applicant_key),
          }
        : undefined;
    },
    heldInSlot: (officeId, slotId) =>
      count(
        "SELECT COUNT(*) AS n FROM bookings WHERE office_id = ? AND slot_id = ? AND status IN ('active', 'checked_in')",
        [officeId, slotId],
      ),
    activeForApplicant: (key) =>
      count("SELECT COUNT(*) AS n FROM bookings WHERE applicant_key = ? AND status = 'active'", [key]),
    messageReply: async (key) => {
      const [row] = await select(pool, `SELECT reply_text FROM messages WHERE ${message}`, [
        key.channel,
        key.sender,
        key.messageId,
      ]);
      return row === undefined ? undefined : String(row.reply_text);
    },
    delivery: async (key) => {
      const [row] = await select(
        pool,
        `SELECT delivery_state, delivery_attempts, provider_message_id, last_error_code FROM messages
         WHERE ${message} AND delivery_state IS NOT NULL`,
        [key.channel, key.sender, key.messageId],
      );
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

/** A store on its own pool over the database, with a probe; dispose closes the store and ends the pool. */
export const openHarness = async (
  db: TestDatabase,
  options: MysqlStoreOptions = {},
): Promise<StoreHarness> => {
  const pool = db.pool();
  const created = await createMysqlStore({ pool }, options);
  if (created.isErr()) {
    await pool.end();
    throw new Error(created.error.message);
  }
  const store = created.value;
  return {
    store,
    probe: probeOf(pool),
    dispose: async () => {
      await store.close();
      await pool.end();
    },
  };
};

const TABLES = [
  'bookings',
  'slots',
  'messages',
  'bindings',
  'queue_tickets',
  'ticket_days',
  'audit_log',
  'revoked_sessions',
  'revoked_users',
  'work_leases',
];

/** A harness on an emptied database: every table truncated first, so each test starts from nothing. */
export const freshHarness = async (
  db: TestDatabase,
  options: MysqlStoreOptions = {},
): Promise<StoreHarness> => {
  const harness = await openHarness(db, options);
  const pool = db.pool(1);
  for (const table of TABLES) await pool.query(`TRUNCATE TABLE ${table}`);
  await pool.end();
  return harness;
};

/**
 * A suite's options on one database: a fresh harness per test, a new pool on the same database
 * as a restarted process (`reopen`), another pool while the first stays open as a second replica.
 */
export const suiteOptions = (
  db: TestDatabase,
  name: string,
  options: MysqlStoreOptions,
): StoreConformanceOptions => ({
  name,
  create: () => freshHarness(db, options),
  reopen: async (harness) => {
    await harness.dispose();
    return openHarness(db, options);
  },
  connectAnother: () => openHarness(db, options),
});
