/**
 * The load of the lost-connection tests, bundled by the test and run with plain `node`, so that an
 * unhandled 'error' event kills this process (exit code 1), not the test runner. It reserves
 * through the store on LANES connections until the parent sends 'stop', reports its counts to
 * the parent every few milliseconds, and at the end every code the store confirmed.
 */
import pg from 'pg';
import { openBooker } from './fault-booker';
import type { LoadReport } from './load-process';

const LANES = 6;
// While the server is down every call fails at once; a short pause keeps the lanes from spinning.
const PAUSE_AFTER_FAILURE_MS = 20;

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const main = async (): Promise<void> => {
  const pool = new pg.Pool({
    connectionString: env('ANTREAN_DB_URL'),
    application_name: env('ANTREAN_APP_NAME'),
    max: LANES,
    connectionTimeoutMillis: 5_000,
  });
  // As docs/storage.md tells hosts to: an idle client the server drops must not crash the process.
  pool.on('error', () => undefined);
  const book = await openBooker(pool, env('ANTREAN_DB_SCHEMA'));
  const report: LoadReport = { confirmed: 0, refused: 0, failed: 0, streak: 0, codes: [], failures: [] };
  const send = (kind: 'progress' | 'done') =>
    process.send?.({ kind, report: kind === 'done' ? report : { ...report, codes: [], failures: [] } });
  let running = true;
  process.on('message', (message) => {
    if (message === 'stop') running = false;
  });
  const ticker = setInterval(() => send('progress'), 25);
  const lane = async (): Promise<void> => {
    while (running) {
      const attempt = await book();
      if (attempt.kind === 'failed') {
        report.failed += 1;
        report.streak = 0;
        if (report.failures.length < 20 && !report.failures.includes(attempt.message))
          report.failures.push(attempt.message);
        await new Promise((resolve) => setTimeout(resolve, PAUSE_AFTER_FAILURE_MS));
        continue;
      }
      report.streak += 1;
      if (attempt.kind === 'refused') report.refused += 1;
      else {
        report.confirmed += 1;
        report.codes.push(attempt.code);
      }
    }
  };
  send('progress');
  await Promise.all(Array.from({ length: LANES }, lane));
  clearInterval(ticker);
  await pool.end();
  send('done');
  process.disconnect?.();
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(2);
});
