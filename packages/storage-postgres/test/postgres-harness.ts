import type { DeliveryState } from '@antrean/core';
import { createPostgresStore, type PostgresStoreOptions } from '@antrean/storage-postgres';
import type { StoreConformanceOptions, StoreHarness, StoreProbe } from '@antrean/testkit';
import type pg from 'pg';
import { queryIn, type TestDatabase } from './test-database';

/** A probe that reads the schema's tables with its own SQL, not the store's. */
export const probeOf = (pool: pg.Pool, schema: string): StoreProbe => {
  const table = (name: string) => `"${schema}".${name}`;
  const count = async (sql: string, values: unknown[]) => Number((await queryIn(pool, sql, values))[0]?.n);
  return {
    booking: async (code) => {
      const rows = await queryIn(
        pool,
        `SELECT code, status, slot_id, phone, applicant_key FROM ${table('bookings')} WHERE code = $1`,
        [code],
      );
      const [row] = rows;
      if (!row) return undefined;
      return {
        code: row.code,
        status: row.status,
        slotId: row.slot_id,
        phone: row.phone,
        applicantKey: row.applicant_key,
      };
    },
    heldInSlot: (officeId, slotId) =>
      count(
        `SELECT count(*) AS n FROM ${table('bookings')}
         WHERE office_id = $1 AND slot_id = $2 AND status IN ('active', 'checked_in')`,
        [officeId, slotId],
      ),
    activeForApplicant: (key) =>
      count(`SELECT count(*) AS n FROM ${table('bookings')} WHERE applicant_key = $1 AND status = 'active'`, [
        key,
      ]),
    messageReply: async (key) => {
      const rows = await queryIn(
        pool,
        `SELECT reply_text FROM ${table('messages')} WHERE channel = $1 AND sender = $2 AND message_id = $3`,
        [key.channel, key.sender, key.messageId],
      );
      return rows[0]?.reply_text as string | undefined;
    },
    delivery: async (key) => {
      const [row] = await queryIn(
        pool,
        `SELECT delivery_state, delivery_attempts, provider_message_id, last_error_code FROM ${table('messages')}
         WHERE channel = $1 AND sender = $2 AND message_id = $3 AND delivery_state IS NOT NULL`,
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

/** A store on its own pool over `schema`, with a probe; dispose closes the store and ends the pool. */
export const openHarness = async (
  db: TestDatabase,
  schema: string,
  options: Omit<PostgresStoreOptions, 'schema'> = {},
): Promise<StoreHarness> => {
  const pool = db.pool();
  const created = await createPostgresStore(pool, { ...options, schema });
  if (created.isErr()) {
    await pool.end();
    throw new Error(created.error.message);
  }
  const store = created.value;
  return {
    store,
    probe: probeOf(pool, schema),
    dispose: async () => {
      await store.close();
      await pool.end();
    },
  };
};

/** A harness on an emptied schema: every table truncated first, so each test starts from nothing. */
export const freshHarness = async (
  db: TestDatabase,
  schema: string,
  options: Omit<PostgresStoreOptions, 'schema'> = {},
): Promise<StoreHarness> => {
  const harness = await openHarness(db, schema, options);
  const pool = db.pool(1);
  const tables = ['bookings', 'slots', 'messages', 'bindings'].map((name) => `"${schema}".${name}`);
  await pool.query(`TRUNCATE ${tables.join(', ')}`);
  await pool.end();
  return harness;
};

/**
 * A suite's options on one schema: a fresh harness per test, a new pool on the same schema as a
 * restarted process (`reopen`), another pool while the first stays open as a second replica.
 */
export const suiteOptions = (
  db: TestDatabase,
  name: string,
  schema: string,
  options: Omit<PostgresStoreOptions, 'schema'>,
): StoreConformanceOptions => ({
  name,
  create: () => freshHarness(db, schema, options),
  reopen: async (harness) => {
    await harness.dispose();
    return openHarness(db, schema, options);
  },
  connectAnother: () => openHarness(db, schema, options),
});
