/**
 * The WhatsApp bot's memory across quota days (issue 9): one bot process on SQLite takes N days of
 * traffic (full: 6 days of 10,000 messages; quick: 3 of 2,000), each day new senders booking a later
 * date. After each day every reply has reached the Graph stand-in, the store is purged as a host
 * would, and the bot (via bench/memory-days-probe.ts) collects garbage and reports heapUsed and RSS.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '@antrean/storage-sqlite';
import Database from 'libsql';
import { startFakeGraph } from '../examples/whatsapp-bot/test/fake-graph';
import { inFlight } from './in-flight';
import { memoryDay } from './memory-days-messages';
import { post, startBot, writeOffices } from './whatsapp-bot';

const OFFICES = 10;
const MB = 1024 * 1024;
const SETTLE_MS = 6_000;

/** One row of the table: after `day` (0 = the bot just started). */
export interface MemoryDayRow {
  readonly day: number;
  readonly messages: number;
  readonly heapMb: number;
  readonly rssMb: number;
  /** Message ids the day's purge removed from the store. */
  readonly purged: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Asks the probe in the bot for a fresh sample (after GC) and waits for it. */
const sample = async (probeOut: string): Promise<{ heapUsed: number; rss: number }> => {
  const asked = Date.now();
  process.kill(Number(readFileSync(`${probeOut}.pid`, 'utf8')), 'SIGUSR2');
  for (let tries = 0; tries < 100; tries += 1) {
    await sleep(100);
    try {
      const got = JSON.parse(readFileSync(probeOut, 'utf8'));
      if (got.at >= asked) return got;
    } catch {
      // not written yet
    }
  }
  throw new Error('the memory probe did not answer');
};

/** Posts once, again after a pause when the bot asks for a redelivery. */
const deliver = async (url: string, message: { body: string; signature: string }): Promise<boolean> => {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    if (
      await post(url, message).then(
        () => true,
        () => false,
      )
    )
      return true;
    await sleep(200 * (attempt + 1));
  }
  return false;
};

/** Runs the days; one row per day after the start row. */
export async function run({
  quick,
  days = quick ? 3 : 6,
}: {
  quick: boolean;
  days?: number;
}): Promise<MemoryDayRow[]> {
  const perDay = quick ? 2_000 : 10_000;
  const dir = mkdtempSync(join(tmpdir(), 'antrean-bench-memory-'));
  const numbers = writeOffices(dir, OFFICES, perDay / 2 / OFFICES);
  const probeOut = join(dir, 'memory.json');
  const probe = join(process.env.ANTREAN_BENCH_OUT ?? '', 'memory-days-probe.mjs');
  const graph = await startFakeGraph();
  const dbPath = join(dir, 'bot.sqlite');
  const bot = await startBot(graph.url, 1_000, {
    ANTREAN_OFFICE_CONFIG: join(dir, 'offices.json'),
    ANTREAN_SQLITE_PATH: dbPath,
    ANTREAN_MEMORY_PROBE_OUT: probeOut,
    ANTREAN_MEMORY_SNAPSHOT_DIR: process.env.ANTREAN_MEMORY_SNAPSHOT_DIR ?? '',
    NODE_OPTIONS: `--import=${probe}`,
  });
  const rows: MemoryDayRow[] = [];
  const record = async (day: number, messages: number, purged: number) => {
    const { heapUsed, rss } = await sample(probeOut);
    rows.push({ day, messages, heapMb: heapUsed / MB, rssMb: rss / MB, purged });
  };
  try {
    const store = (await createSqliteStore(new Database(dbPath), { busyTimeoutMs: 5000 }))._unsafeUnwrap();
    await record(0, 0, 0);
    let due = 0;
    for (let day = 1; day <= days; day += 1) {
      const posts = memoryDay(day, perDay, numbers);
      const refused = await inFlight(posts, 64, async (m) => !(await deliver(bot.url, m)));
      if (refused > 0) throw new Error(`day ${day}: ${refused} posts refused`);
      due += posts.length;
      const deadline = Date.now() + 120_000;
      while (graph.delivered().length < due) {
        if (Date.now() > deadline) throw new Error(`day ${day}: replies not all sent`);
        await sleep(100);
      }
      // The day is over: what a host purges daily (finished bookings, answered message ids).
      const purged = (await store.purge(new Date()))._unsafeUnwrap();
      // Each send's AbortSignal.timeout (WHATSAPP_SEND_TIMEOUT_MS, 5 s) keeps its signal, timer and
      // listeners alive until it fires: wait those out so a sample measures what stays.
      await sleep(SETTLE_MS);
      await record(day, posts.length, purged.messages);
    }
    return rows;
  } finally {
    await bot.stop();
    await graph.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
