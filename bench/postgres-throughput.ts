/**
 * Bookings per second through the PostgreSQL store's `reserve` (8 connections, 8 at a time),
 * beside the same placements as raw SQL with `pg` (one transaction per booking: the conditional
 * counter upsert, then the insert). Uses the server in ANTREAN_TEST_DATABASE_URL, else PGlite in
 * process behind pglite-socket. Run by `pnpm bench`, which prints the table.
 */
import { randomBytes } from 'node:crypto';
import type { ReserveInput, SessionSlot } from '@antrean/core';
import { createPostgresStore } from '@antrean/storage-postgres';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';
import { benchPlan, requestsFor, rowSince } from './bench-plan';
import type { BenchRow } from './bench-row';

const PLAN = benchPlan(3_000);
const CONCURRENCY = 8;

/** Run `work` for every input, `CONCURRENCY` at a time; the count of those that placed a booking. */
const inLanes = async <T>(inputs: readonly T[], work: (input: T) => Promise<boolean>): Promise<number> => {
  let next = 0;
  let placed = 0;
  const lane = async () => {
    while (next < inputs.length) if (await work(inputs[next++]!)) placed += 1;
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, lane));
  return placed;
};

const timed = async (
  store: string,
  variant: BenchRow['variant'],
  work: () => Promise<number>,
): Promise<BenchRow> => {
  const started = performance.now();
  return rowSince(store, variant, await work(), started);
};

/** Through the store; the schema is migrated before the clock starts. */
const throughLibrary = async (pool: pg.Pool, schema: string, inputs: readonly ReserveInput[]) => {
  const store = (await createPostgresStore(pool, { schema }))._unsafeUnwrap();
  return () =>
    inLanes(inputs, async (input) => {
      const result = await store.reserve(input);
      return result.isOk() && result.value.type === 'Reserved';
    });
};

const RAW_SCHEMA = (schema: string) => [
  `CREATE SCHEMA "${schema}"`,
  `CREATE TABLE "${schema}".slots (office_id text, slot_id text, held integer NOT NULL,
     PRIMARY KEY (office_id, slot_id))`,
  `CREATE TABLE "${schema}".bookings (code text PRIMARY KEY, office_id text NOT NULL, applicant_key text NOT NULL,
     phone text NOT NULL, slot_id text NOT NULL, starts_at timestamptz NOT NULL, created_at timestamptz NOT NULL)`,
];

/** The same placements by hand: per booking one transaction, counter upserts in order, one insert. */
const withRawSql = async (pool: pg.Pool, schema: string, inputs: readonly ReserveInput[]) => {
  for (const statement of RAW_SCHEMA(schema)) await pool.query(statement);
  return () =>
    inLanes(inputs, async ({ booking, candidates }) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        let slot: SessionSlot | undefined;
        for (const candidate of candidates) {
          const taken = await client.query(
            `INSERT INTO "${schema}".slots AS s VALUES ($1, $2, 1)
           ON CONFLICT (office_id, slot_id) DO UPDATE SET held = s.held + 1 WHERE s.held < $3 RETURNING held`,
            [booking.officeId, candidate.slotId, candidate.capacity],
          );
          if (taken.rows.length > 0) {
            slot = candidate;
            break;
          }
        }
        if (slot) {
          await client.query(`INSERT INTO "${schema}".bookings VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
            booking.code,
            booking.officeId,
            booking.applicantKey,
            booking.phone,
            slot.slotId,
            slot.startsAt.toISOString(),
            booking.createdAt.toISOString(),
          ]);
        }
        await client.query('COMMIT');
        return slot !== undefined;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    });
};

const openDatabase = async (): Promise<{ label: string; url: string; stop: () => Promise<void> }> => {
  const url = process.env.ANTREAN_TEST_DATABASE_URL;
  if (url) return { label: 'postgres (server)', url, stop: async () => undefined };
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: CONCURRENCY + 2 });
  await server.start();
  return {
    label: 'postgres (PGlite)',
    url: `postgres://postgres@${server.getServerConn()}/postgres`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
};

/** Reserve the plan's 3 000 bookings through the PostgreSQL store and as raw SQL, side by side. */
export async function run(): Promise<BenchRow[]> {
  const database = await openDatabase();
  const pool = new pg.Pool({ connectionString: database.url, max: CONCURRENCY });
  const id = randomBytes(4).toString('hex');
  const schemas = [`antrean_bench_${id}`, `antrean_bench_raw_${id}`] as const;
  try {
    const inputs = requestsFor(PLAN);
    const library = await throughLibrary(pool, schemas[0], inputs);
    const libraryRow = await timed(database.label, 'library', library);
    const raw = await withRawSql(pool, schemas[1], inputs);
    return [libraryRow, await timed(database.label, 'raw-sql', raw)];
  } finally {
    for (const schema of schemas) await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
    await database.stop();
  }
}
