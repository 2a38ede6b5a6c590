/**
 * Bookings a second from four client processes all booking one office day, through the MySQL store,
 * against the same statements by hand from four processes, one transaction per booking. Uses the
 * server in ANTREAN_TEST_MYSQL_URL (MySQL 8 or MariaDB), each round in a database of its own dropped
 * afterwards. Rounds alternate (store, hand-written), each a tinybench task of one iteration.
 */
import mysql from 'mysql2/promise';
import { alternateRounds } from './alternate';
import { rawSchemaSql } from './mysql-by-hand';
import { type BenchOptions, type BenchReport, ratioReport, skipped } from './report';
import { roundNames, workerRound } from './worker-round';

const WORKERS = 4;

/** `url` pointed at `database` instead of the one it names. */
const urlOf = (url: string, database: string): string => {
  const parsed = new URL(url.replace(/^mariadb:/i, 'mysql:'));
  parsed.pathname = `/${database}`;
  return parsed.toString();
};

/** Alternating rounds, each in a fresh database; ratio = store / hand-written. */
export async function run({ quick }: BenchOptions): Promise<BenchReport> {
  const url = process.env.ANTREAN_TEST_MYSQL_URL;
  if (!url) return skipped('ANTREAN_TEST_MYSQL_URL is not set (e.g. mysql://root@127.0.0.1:3306/test)');
  const admin = mysql.createPool({ uri: urlOf(url, ''), connectionLimit: 2 });
  const names = roundNames();
  const databaseOf = names.of;
  const bookings = quick ? 250 : 1_500;
  try {
    const rates = await alternateRounds(
      quick ? 1 : 2,
      (side, n) =>
        workerRound('mysql-worker', WORKERS, {
          url: urlOf(url, databaseOf(side, n)),
          variant: side === 'ours' ? 'store' : 'raw',
          bookings,
        }),
      async (side, n) => {
        const database = databaseOf(side, n);
        await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4`);
        // The store's tables are made by its own migration, in the workers; the baseline's here.
        if (side === 'baseline') for (const sql of rawSchemaSql(database)) await admin.query(sql);
      },
    );
    return ratioReport(rates.ours, rates.baseline, [
      `bookings through the store, ${WORKERS} processes, one day`,
      'hand-written, one transaction each',
      'ratio (target >= 5)',
    ]);
  } finally {
    for (const database of names.all()) await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await admin.end();
  }
}
