/**
 * A quota day through the WhatsApp bot on SQLite: 100,000 messages (quick: 5,000) for 5,000 places
 * (quick: 250) in 10 offices on 10 business numbers, posted as fast as the bot takes them.
 * `seconds`: until every post is answered and every distinct message's reply is recorded in the
 * store. `sendSeconds`: until the local Graph stand-in has received every reply, sent at 1,000 a
 * second (100 per number). Then the store and the stand-in are checked: bookings over a session's
 * capacity, messages answered twice, messages never answered. Capped in time: the day stops at the
 * cap and whatever is missing counts as unanswered.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'libsql';
import { startFakeGraph } from '../examples/whatsapp-bot/test/fake-graph';
import { inFlight } from './in-flight';
import { type DayMessage, quotaDay, repliesDue } from './quota-day-messages';
import type { BenchOptions, BenchReport } from './report';
import { post, startBot, tomorrow, writeOffices } from './whatsapp-bot';

const OFFICES = 10;
const IN_FLIGHT = 64;
const PACE_PER_NUMBER = 100;

/** Polls `check` every 100 ms until it holds or `deadline` (epoch ms) passes; whether it held. */
const until = async (check: () => boolean, deadline: number): Promise<boolean> => {
  while (!check()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
};

/** Posts once, again after a pause when the bot asks for a redelivery (as Meta does). */
const deliver = async (url: string, message: { body: string; signature: string }): Promise<boolean> => {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      await post(url, message);
      return true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200 * (attempt + 1)));
    }
  }
  return false;
};

/** Runs the day; every figure of the contract, from the store and the Graph stand-in. */
export async function run({ quick }: BenchOptions): Promise<BenchReport> {
  const total = quick ? 5_000 : 100_000;
  const places = quick ? 250 : 5_000;
  const capMs = quick ? 15_000 : 300_000;
  const dir = mkdtempSync(join(tmpdir(), 'antrean-bench-quota-'));
  const numbers = writeOffices(dir, OFFICES, places / OFFICES);
  const day = quotaDay(total, numbers, tomorrow());
  const graph = await startFakeGraph();
  const dbPath = join(dir, 'bot.sqlite');
  const bot = await startBot(graph.url, PACE_PER_NUMBER, {
    ANTREAN_OFFICE_CONFIG: join(dir, 'offices.json'),
    ANTREAN_SQLITE_PATH: dbPath,
  });
  try {
    const db = new Database(dbPath);
    const count = (sql: string): number => Number((db.prepare(sql).get() as { n: number }).n);
    const started = performance.now();
    let stopped = false;
    const cap = setTimeout(() => {
      stopped = true;
    }, capMs);
    const posted: DayMessage[] = [];
    const failed = await inFlight(day.posts, IN_FLIGHT, async (m) => {
      if (stopped) return false;
      posted.push(m);
      return !(await deliver(bot.url, m));
    });
    clearTimeout(cap);
    const due = repliesDue(posted);
    const postedDistinct = [...due.values()].reduce((a, b) => a + b, 0);
    const unposted = day.distinctMessages - postedDistinct;
    const grace = () => Date.now() + 10_000;
    await until(() => count('SELECT count(*) AS n FROM messages') >= postedDistinct, grace());
    const seconds = (performance.now() - started) / 1000;
    const toSend = postedDistinct - graph.delivered().length;
    await until(() => graph.delivered().length >= postedDistinct, grace() + 2 * toSend);
    const sendSeconds = (performance.now() - started) / 1000;
    const overCapacity = count(`SELECT count(*) AS n FROM (SELECT b.office_id, b.slot_id FROM bookings b
      JOIN slot_counters s ON s.office_id = b.office_id AND s.slot_id = b.slot_id
      GROUP BY b.office_id, b.slot_id, s.capacity HAVING count(*) > s.capacity)`);
    const booked = count('SELECT count(*) AS n FROM bookings');
    db.close();
    const sent = new Map<string, number>();
    for (const send of graph.delivered()) {
      const to = send.to.replace(/\D/g, '');
      sent.set(to, (sent.get(to) ?? 0) + 1);
    }
    let answeredTwice = 0;
    // A message the time cap kept from being posted is a message the day left unanswered.
    let unanswered = unposted;
    for (const [from, replies] of due) {
      const got = sent.get(from) ?? 0;
      answeredTwice += Math.max(0, got - replies);
      unanswered += Math.max(0, replies - got);
    }
    return {
      figures: {
        seconds: Number(seconds.toFixed(1)),
        sendSeconds: Number(sendSeconds.toFixed(1)),
        overCapacity,
        answeredTwice,
        unanswered,
      },
      lines: [
        [`messages posted (${day.distinctMessages} distinct), places`, `${day.posts.length}, ${places}`],
        ['posts refused after 5 tries / not posted (time cap)', `${failed} / ${unposted}`],
        ['seconds to decide and record all (target <= 60)', seconds.toFixed(1)],
        ['seconds to send all at 1,000/s', sendSeconds.toFixed(1)],
        ['bookings made', String(booked)],
        ['over capacity / answered twice / unanswered', `${overCapacity} / ${answeredTwice} / ${unanswered}`],
      ],
    };
  } finally {
    await bot.stop();
    await graph.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
