import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicant, BOOKING_CODE, ROOMY_NUMBER, writeOfficesFile } from './applicants';
import { type BotProcess, baseEnvironment, removeBotCache, startBot, stopBot } from './bot-process';
import { type FakeGraph, startFakeGraph } from './fake-graph';
import { outboxSettled } from './outbox-settled';
import { postgresStore, type TestStore } from './test-stores';
import { messagesPayload, postWebhook } from './webhook-client';

// PostgreSQL from ANTREAN_TEST_DATABASE_URL, else PGlite behind a local socket: either way two
// separate bot processes share one database.
describe('two bot processes on one PostgreSQL database', () => {
  let fake: FakeGraph;
  let store: TestStore;
  let bots: BotProcess[] = [];
  let configDir: string;

  beforeAll(async () => {
    const [graph, opened] = await Promise.all([startFakeGraph(), postgresStore()]);
    fake = graph;
    store = opened;
    configDir = mkdtempSync(join(tmpdir(), 'antrean-offices-'));
    const env = {
      ...baseEnvironment(fake.url),
      ...store.env,
      ANTREAN_OFFICE_CONFIG: writeOfficesFile(configDir),
      // This test is about a message delivered to both bots, not about timeouts: with the suite's
      // short send timeout and lease, a send slowed past them on a loaded machine is rightly sent
      // again (seen once), which would blur what a failure here means.
      WHATSAPP_SEND_TIMEOUT_MS: '10000',
      ANTREAN_OUTBOX_LEASE_MS: '30000',
    };
    bots = await Promise.all([startBot(env), startBot(env)]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(bots.map(stopBot));
    await fake?.close();
    removeBotCache();
    await store?.close();
    rmSync(configDir, { recursive: true, force: true });
  }, 30_000);

  it('books a message delivered to both once and answers it once', async () => {
    const people = Array.from({ length: 5 }, (_, n) => applicant(8, n));
    for (const [n, person] of people.entries()) {
      const body = messagesPayload(ROOMY_NUMBER, [
        { from: person.waId, id: `wamid.twice-${n}`, text: person.booking },
      ]);
      const answers = await Promise.all(bots.map((bot) => postWebhook(bot.url, body)));
      expect(answers.map((a) => a.status)).toEqual([200, 200]);
    }
    await fake.waitFor(() =>
      people.every((person) => fake.delivered().some((send) => send.to === person.e164)),
    );
    // Both bots read one outbox: once it holds nothing pending, neither can send any of them again.
    await outboxSettled(bots[0]!.url, 'the replies of the twice-delivered messages');
    // On failure, what each bot's dispatcher did: a timeout or a lost lease explains a second send.
    const dispatched = bots.flatMap((bot, n) =>
      bot
        .logLines()
        .filter((line) => line.msg === 'send' || line.msg === 'outbox')
        .map((line) => `bot ${n}: ${line.event} #${line.id} ${line.code ?? ''}`),
    );
    for (const person of people) {
      const sends = fake.requests.filter((send) => send.to === person.e164);
      expect(sends, dispatched.join('; ')).toHaveLength(1);
      expect(sends[0]?.text).toMatch(BOOKING_CODE);
    }
  });
});
