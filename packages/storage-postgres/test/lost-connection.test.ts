import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { waitUntil } from '@antrean/testkit';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleScript } from './bundle-script';
import { type LoadProcess, startLoad } from './load-process';
import { openRestartableServer } from './restartable-server';
import { queryIn } from './test-database';

/**
 * Issue 6, "a lost connection kills the process": connections are cut while reservations run,
 * by `pg_terminate_backend` and by stopping the server outright. The load runs in a child
 * process, so a crash is its exit code. Nothing may crash, calls during the outage are `err`,
 * calls afterwards succeed, and every booking the store confirmed is in the database.
 */
const server = await openRestartableServer();
const workDir = fileURLToPath(
  new URL(
    `../node_modules/.cache/antrean-lost-connection-${randomBytes(4).toString('hex')}/`,
    import.meta.url,
  ),
);
let script = '';
beforeAll(async () => {
  mkdirSync(workDir, { recursive: true });
  script = await bundleScript(
    new URL('./lost-connection-worker.ts', import.meta.url),
    `${workDir}worker.mjs`,
  );
});
afterAll(async () => {
  rmSync(workDir, { recursive: true, force: true });
  await server.destroy();
});
// Terminating backends is done on the shared test server when there is one (only this test's
// connections: they carry their own application_name), else on the private cluster.
const terminateUrl = process.env.ANTREAN_TEST_DATABASE_URL ?? (server.postgres ? server.url : undefined);
const terminateEngine = process.env.ANTREAN_TEST_DATABASE_URL
  ? 'PostgreSQL from ANTREAN_TEST_DATABASE_URL'
  : server.engine;
const pool = (url: string) => {
  const made = new pg.Pool({ connectionString: url, max: 1, application_name: 'antrean-faults-admin' });
  made.on('error', () => undefined);
  return made;
};

/** Run the load on `url`, cut its connections with `disrupt`, then check what the process and database say. */
const underLoad = async (url: string, disrupt: (load: LoadProcess, appName: string) => Promise<void>) => {
  const id = randomBytes(5).toString('hex');
  const schema = `antrean_test_${id}_faults`;
  const appName = `antrean-faults-${id}`;
  const load = startLoad(script, {
    ANTREAN_DB_URL: url,
    ANTREAN_DB_SCHEMA: schema,
    ANTREAN_APP_NAME: appName,
  });
  const admin = pool(url);
  try {
    await load.until('confirmed bookings', (r) => r.confirmed >= 30);
    await disrupt(load, appName);
    await load.until('calls during the outage failing', (r) => r.failed > 0);
    await load.until('calls succeeding again after the outage', (r) => r.streak >= 40, 20_000);
    const end = await load.stop();
    expect(end.code, `the load process crashed:\n${end.stderr}`).toBe(0);
    const report = end.report!;
    expect(report.failures.every((message) => message.startsWith('postgres store: reserve failed'))).toBe(
      true,
    );
    const found = await queryIn(admin, `SELECT code FROM "${schema}".bookings WHERE code = ANY($1::text[])`, [
      report.codes,
    ]);
    const present = new Set(found.map((row) => row.code as string));
    expect(report.codes.filter((code) => !present.has(code))).toEqual([]);
    // No half-written reservation either: each counter equals its session's places taken.
    const counters = await queryIn(
      admin,
      `SELECT s.held, (SELECT count(*) FROM "${schema}".bookings b WHERE b.office_id = s.office_id
         AND b.slot_id = s.slot_id AND b.status IN ('active', 'checked_in')) AS taken FROM "${schema}".slots s`,
    );
    for (const row of counters) expect(Number(row.held)).toBe(Number(row.taken));
    console.info(`lost connection: ${JSON.stringify({ ...report, codes: report.codes.length })}`);
  } finally {
    await load.stop();
    await queryIn(admin, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
    await admin.end();
  }
};

describe('a lost PostgreSQL connection', () => {
  const terminating = terminateUrl
    ? `pg_terminate_backend on ${terminateEngine}`
    : `every connection cut by restarting ${server.engine} (no backends to terminate)`;
  it(`survives ${terminating} under load, and loses no confirmed booking`, async () => {
    console.info(`lost connection: cutting connections on ${terminateUrl ? terminateEngine : server.engine}`);
    await underLoad(terminateUrl ?? server.url, async (load, appName) => {
      if (!terminateUrl) {
        await server.stop();
        await server.start();
        return;
      }
      const killer = pool(terminateUrl);
      try {
        // A few rounds, and more until some call was cut mid-transaction (bounded).
        for (let round = 0; round < 100 && (round < 5 || load.latest().failed === 0); round += 1) {
          await killer.query(
            `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
             WHERE application_name = $1 AND pid <> pg_backend_pid()`,
            [appName],
          );
          // The next round cuts a connection the load opened again, not one already gone.
          await waitUntil('the load to connect again', async () => {
            const { rows } = await killer.query(
              'SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1',
              [appName],
            );
            return rows[0]?.n > 0;
          });
        }
      } finally {
        await killer.end();
      }
    });
  }, 45_000);

  it(`survives ${server.engine} stopping under load and starting again, and loses no confirmed booking`, async () => {
    console.info(`lost connection: restarting ${server.engine} at ${server.url}`);
    await underLoad(server.url, async (load) => {
      await server.stop();
      try {
        await load.until('calls failing while the server is down', (r) => r.failed > 0);
      } finally {
        await server.start();
      }
    });
  }, 45_000);
});
