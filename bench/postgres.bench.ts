/**
 * Bookings a second from four client processes all booking one office day, through the PostgreSQL
 * store, against the same statements by hand from four processes, one transaction per booking.
 * Uses the server in ANTREAN_TEST_DATABASE_URL, in a schema of its own dropped afterwards.
 * Rounds alternate (store, hand-written), each a tinybench task of one iteration.
 */
import { migratePostgresStore } from '@antrean/storage-postgres';
import pg from 'pg';
import { alternateRounds } from './alternate';
import { rawSchemaSql } from './postgres-by-hand';
import { type BenchOptions, type BenchReport, ratioReport, skipped } from './report';
import { roundNames, workerRound } from './worker-round';

const WORKERS = 4;

/** Alternating rounds, each in a fresh schema; ratio = store / hand-written. */
export async function run({ quick }: BenchOptions): Promise<BenchReport> {
  const url = process.env.ANTREAN_TEST_DATABASE_URL;
  if (!url) return skipped('ANTREAN_TEST_DATABASE_URL is not set');
  const admin = new pg.Pool({ connectionString: url, max: 2 });
  const names = roundNames();
  const schemaOf = names.of;
  const bookings = quick ? 250 : 1_500;
  try {
    const rates = await alternateRounds(
      quick ? 1 : 2,
      (side, n) =>
        workerRound('postgres-worker', WORKERS, {
          url,
          schema: schemaOf(side, n),
          variant: side === 'ours' ? 'store' : 'raw',
          bookings,
        }),
      async (side, n) => {
        const schema = schemaOf(side, n);
        if (side === 'ours') (await migratePostgresStore(admin, { schema }))._unsafeUnwrap();
        else {
          await admin.query(`CREATE SCHEMA "${schema}"`);
          for (const sql of rawSchemaSql(schema)) await admin.query(sql);
        }
      },
    );
    return ratioReport(rates.ours, rates.baseline, [
      `bookings through the store, ${WORKERS} processes, one day`,
      'hand-written, one transaction each',
      'ratio (target >= 5)',
    ]);
  } finally {
    for (const schema of names.all()) await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.end();
  }
}
