/**
 * Signed WhatsApp webhooks a second through the example bot process, each a new applicant's
 * booking (decided, booked and its reply recorded before the 200), 16 in flight, with median and
 * p99 latency; against the same HTTP stack answering 200 without booking. Rounds alternate, bot
 * then baseline, as tinybench tasks of one iteration. SQLite always; PostgreSQL when
 * ANTREAN_TEST_DATABASE_URL is set (figures prefixed `postgres`).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startFakeGraph } from '../examples/whatsapp-bot/test/fake-graph';
import { alternateRounds } from './alternate';
import { inFlight } from './in-flight';
import { bookingText } from './message-mix';
import { type BenchOptions, type BenchReport, percentile, perSecond, rounded } from './report';
import {
  freePort,
  post,
  type RunningBot,
  signedMessage,
  startBot,
  startProcess,
  tomorrow,
  writeOffices,
} from './whatsapp-bot';

const IN_FLIGHT = 16;

interface Measured {
  readonly opsPerSec: number;
  readonly baselineOpsPerSec: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

/** Alternating rounds of `requests` posts to the bot and to the baseline server. */
async function measure(
  storeEnv: Record<string, string>,
  requests: number,
  rounds: number,
): Promise<Measured> {
  const dir = mkdtempSync(join(tmpdir(), 'antrean-bench-webhook-'));
  const [number] = writeOffices(dir, 1, 100_000);
  const graph = await startFakeGraph();
  const bots: RunningBot[] = [];
  try {
    const bot = await startBot(graph.url, 1_000, {
      ANTREAN_OFFICE_CONFIG: join(dir, 'offices.json'),
      ...storeEnv,
    });
    bots.push(bot);
    const baseline = await startProcess(
      `${process.env.ANTREAN_BENCH_OUT}baseline-server-worker.mjs`,
      await freePort(),
      {},
    );
    bots.push(baseline);
    const arrival = tomorrow();
    let sent = 0;
    const batch = () =>
      Array.from({ length: requests }, () => {
        const n = sent++;
        const from = `62813${String(n).padStart(8, '0')}`;
        return signedMessage(number!, from, `wamid.bench-${n}`, bookingText(n, arrival));
      });
    await inFlight(batch().slice(0, 20), IN_FLIGHT, async (m) => (await post(bot.url, m)) > 0);
    const latencies: number[] = [];
    const rates = await alternateRounds(rounds, async (side) => {
      const messages = batch();
      const started = performance.now();
      await inFlight(messages, IN_FLIGHT, async (m) => {
        const ms = await post(side === 'ours' ? bot.url : baseline.url, m);
        if (side === 'ours') latencies.push(ms);
        return true;
      });
      return messages.length / ((performance.now() - started) / 1000);
    });
    const sorted = latencies.sort((a, b) => a - b);
    return {
      opsPerSec: rates.ours,
      baselineOpsPerSec: rates.baseline,
      p50Ms: percentile(sorted, 50),
      p99Ms: percentile(sorted, 99),
    };
  } finally {
    for (const running of bots) await running.stop();
    await graph.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A fresh schema on the test server for the PostgreSQL run; dropped by `drop`. */
async function postgresSchema(
  url: string,
): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> {
  const schema = `antrean_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Pool({ connectionString: url, max: 1 });
  return {
    env: { DATABASE_URL: url, ANTREAN_DATABASE_SCHEMA: schema },
    drop: async () => {
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin.end();
    },
  };
}

const lines = (label: string, m: Measured): Array<[string, string]> => [
  [`${label}: webhooks through the bot (${IN_FLIGHT} in flight)`, perSecond(m.opsPerSec)],
  [`${label}: baseline server answering 200`, perSecond(m.baselineOpsPerSec)],
  [`${label}: ratio (target >= 0.5)`, (m.opsPerSec / m.baselineOpsPerSec).toFixed(2)],
  [`${label}: p50 / p99 latency (target p99 < 100 ms)`, `${m.p50Ms.toFixed(1)} / ${m.p99Ms.toFixed(1)} ms`],
];

/** SQLite, then PostgreSQL when its URL is set. */
export async function run({ quick }: BenchOptions): Promise<BenchReport> {
  const dir = mkdtempSync(join(tmpdir(), 'antrean-bench-webhook-db-'));
  const requests = quick ? 150 : 1_000;
  const rounds = quick ? 1 : 2;
  try {
    const sqlite = await measure({ ANTREAN_SQLITE_PATH: join(dir, 'bot.sqlite') }, requests, rounds);
    const figures: Record<string, number> = {
      opsPerSec: rounded(sqlite.opsPerSec),
      baselineOpsPerSec: rounded(sqlite.baselineOpsPerSec),
      ratio: rounded(sqlite.opsPerSec / sqlite.baselineOpsPerSec, 3),
      p50Ms: rounded(sqlite.p50Ms, 1),
      p99Ms: rounded(sqlite.p99Ms, 1),
    };
    const table = lines('sqlite', sqlite);
    const url = process.env.ANTREAN_TEST_DATABASE_URL;
    if (!url) table.push(['postgres', 'skipped: ANTREAN_TEST_DATABASE_URL is not set']);
    else {
      const schema = await postgresSchema(url);
      try {
        const m = await measure(schema.env, quick ? 150 : 600, rounds);
        figures.postgresOpsPerSec = rounded(m.opsPerSec);
        figures.postgresRatio = rounded(m.opsPerSec / m.baselineOpsPerSec, 3);
        figures.postgresP50Ms = rounded(m.p50Ms, 1);
        figures.postgresP99Ms = rounded(m.p99Ms, 1);
        table.push(...lines('postgres', m));
      } finally {
        await schema.drop();
      }
    }
    return { figures, lines: table };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
