import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicant, BOOKING_CODE, ROOMY_NUMBER, writeOfficesFile } from './applicants';
import { baseEnvironment, removeBotCache, startBot, stopBot } from './bot-process';
import { type FakeGraph, startFakeGraph } from './fake-graph';
import { outboxSettled } from './outbox-settled';
import { ENGINES, openStoreFor } from './test-stores';
import { messagesPayload, postWebhook } from './webhook-client';

describe.each(ENGINES)('replies pending when the bot dies (%s)', (engine) => {
  let fake: FakeGraph;
  let configDir: string;

  beforeAll(async () => {
    fake = await startFakeGraph();
    configDir = mkdtempSync(join(tmpdir(), 'antrean-offices-'));
  }, 60_000);
  afterAll(async () => {
    await fake?.close();
    removeBotCache();
    rmSync(configDir, { recursive: true, force: true });
  }, 30_000);

  it('books while Meta is down, survives SIGKILL, and sends every pending reply exactly once after restart', async () => {
    const store = await openStoreFor(engine);
    const env = {
      ...baseEnvironment(fake.url),
      ...store.env,
      ANTREAN_OFFICE_CONFIG: writeOfficesFile(configDir),
    };
    const people = Array.from({ length: 8 }, (_, n) => applicant(7, n));
    try {
      fake.setDefault({ kind: 'unavailable' });
      const first = await startBot(env);
      const answers = await Promise.all(
        people.map((person, n) =>
          postWebhook(
            first.url,
            messagesPayload(ROOMY_NUMBER, [
              { from: person.waId, id: `wamid.down-${n}`, text: person.booking },
            ]),
          ),
        ),
      );
      expect(answers.map((a) => a.status)).toEqual(people.map(() => 200));
      // The dispatcher tried and Meta refused: every reply is still pending.
      await fake.waitFor((requests) => people.every((person) => requests.some((r) => r.to === person.e164)));
      expect(fake.delivered()).toHaveLength(0);
      first.signal('SIGKILL');
      expect((await first.exited).signal).toBe('SIGKILL');

      fake.setDefault({ kind: 'ok' });
      const second = await startBot(env);
      await fake.waitFor(() =>
        people.every((person) => fake.delivered().some((send) => send.to === person.e164)),
      );
      // The killed process's leases hold its items pending until they expire (2 s in tests) and the
      // new process sends them: once nothing is pending, no second send of any of them can come.
      await outboxSettled(second.url, 'the replies left by the killed process');
      for (const person of people) {
        const delivered = fake.delivered().filter((send) => send.to === person.e164);
        expect(delivered).toHaveLength(1);
        expect(delivered[0]?.text).toMatch(BOOKING_CODE);
      }
      await stopBot(second);
    } finally {
      await store.close();
    }
  });
});
