/**
 * One webhook round trip through the WhatsApp bot: a signed booking request in, the booking and
 * its pending reply written, 200 out. The bot runs in this process on 127.0.0.1 with its
 * dispatcher sending to a local fake of the Graph API, as in production. Sequential requests,
 * each a new applicant; median and p99 per store. Run by `pnpm bench:webhook`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWhatsAppBot } from '../examples/whatsapp-bot/src/start-bot';
import { applicant, ROOMY_NUMBER, writeOfficesFile } from '../examples/whatsapp-bot/test/applicants';
import { startFakeGraph } from '../examples/whatsapp-bot/test/fake-graph';
import { messagesPayload, postWebhook } from '../examples/whatsapp-bot/test/webhook-client';
import { openTestDatabase } from '../packages/storage-postgres/test/test-database';

const WARM_UP = 20;
const REQUESTS = 300;

/** Median and p99 of one store's round trips, in milliseconds. */
export interface RoundTripRow {
  readonly store: string;
  readonly requests: number;
  readonly medianMs: number;
  readonly p99Ms: number;
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

const measure = async (
  store: string,
  storeEnv: Record<string, string>,
  dir: string,
): Promise<RoundTripRow> => {
  const graph = await startFakeGraph();
  const started = await startWhatsAppBot({
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    WHATSAPP_APP_SECRET: 'test-app-secret',
    WHATSAPP_VERIFY_TOKEN: 'bench',
    WHATSAPP_ACCESS_TOKEN: 'bench',
    WHATSAPP_GRAPH_URL: graph.url,
    ANTREAN_OFFICE_CONFIG: writeOfficesFile(dir),
    ...storeEnv,
  });
  if (started.isErr()) throw new Error(started.error.message);
  const bot = started.value;
  const url = `http://127.0.0.1:${bot.port}`;
  const times: number[] = [];
  for (let n = 0; n < WARM_UP + REQUESTS; n += 1) {
    const person = applicant(n < WARM_UP ? 98 : 99, n);
    const body = messagesPayload(ROOMY_NUMBER, [
      { from: person.waId, id: `wamid.bench-${n}`, text: person.booking },
    ]);
    const begun = performance.now();
    const response = await postWebhook(url, body);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
    if (n >= WARM_UP) times.push(performance.now() - begun);
  }
  for (const step of bot.shutdownSteps) await step.run();
  await graph.close();
  const sorted = times.sort((a, b) => a - b);
  return { store, requests: REQUESTS, medianMs: percentile(sorted, 50), p99Ms: percentile(sorted, 99) };
};

/** Measures on SQLite, then on PostgreSQL when `ANTREAN_TEST_DATABASE_URL` is set. */
export async function run(): Promise<RoundTripRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'antrean-bench-webhook-'));
  const rows: RoundTripRow[] = [];
  try {
    rows.push(
      await measure('sqlite (libsql, FULL)', { ANTREAN_SQLITE_PATH: join(dir, 'bench.sqlite') }, dir),
    );
    if (process.env.ANTREAN_TEST_DATABASE_URL) {
      const database = await openTestDatabase();
      try {
        rows.push(
          await measure(
            'postgresql',
            { DATABASE_URL: database.url, ANTREAN_DATABASE_SCHEMA: database.schema },
            dir,
          ),
        );
      } finally {
        await database.close();
      }
    } else {
      process.stderr.write('postgresql skipped: set ANTREAN_TEST_DATABASE_URL to measure it\n');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
