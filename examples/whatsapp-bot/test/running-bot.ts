import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { type Applicant, applicant, ROOMY_NUMBER, writeOfficesFile } from './applicants';
import { type BotProcess, baseEnvironment, removeBotCache, startBot, stopBot } from './bot-process';
import { type FakeGraph, startFakeGraph } from './fake-graph';
import { type Engine, openStoreFor, type TestStore } from './test-stores';
import { messagesPayload } from './webhook-client';

/** A bot serving the two test offices, its fake Graph API, and helpers over its applicants. */
export interface RunningBot {
  bot(): BotProcess;
  fake(): FakeGraph;
  /** The store the bot runs on. */
  store(): TestStore;
  /** Applicant `n` of run `run`, remembered for the personal-data check. */
  who(run: number, n: number): Applicant;
  /** A one-message booking payload from `person` to business number `number`. */
  book(person: Applicant, id: string, number?: string): string;
  /** The replies that reached `person`. */
  deliveredTo(person: Applicant): ReturnType<FakeGraph['delivered']>;
  /** Asserts the bot's output holds no number, name or message of any applicant met so far. */
  expectNoPersonalData(): void;
}

/** Starts a bot on a fresh `engine` store before the file's tests, and stops it after. */
export function useRunningBot(engine: Engine): RunningBot {
  let fake: FakeGraph;
  let store: TestStore;
  let bot: BotProcess;
  let configDir: string;
  const everyone: Applicant[] = [];

  beforeAll(async () => {
    [fake, store] = await Promise.all([startFakeGraph(), openStoreFor(engine)]);
    configDir = mkdtempSync(join(tmpdir(), 'antrean-offices-'));
    bot = await startBot({
      ...baseEnvironment(fake.url),
      ...store.env,
      ANTREAN_OFFICE_CONFIG: writeOfficesFile(configDir),
    });
  }, 60_000);

  afterAll(async () => {
    if (bot) await stopBot(bot);
    await fake?.close();
    removeBotCache();
    await store?.close();
    rmSync(configDir, { recursive: true, force: true });
  }, 30_000);

  return {
    bot: () => bot,
    fake: () => fake,
    store: () => store,
    who: (run, n) => {
      const person = applicant(run, n);
      everyone.push(person);
      return person;
    },
    book: (person, id, number = ROOMY_NUMBER) =>
      messagesPayload(number, [{ from: person.waId, id, text: person.booking }]),
    deliveredTo: (person) => fake.delivered().filter((send) => send.to === person.e164),
    expectNoPersonalData: () => {
      const output = bot.output();
      expect(everyone.length).toBeGreaterThan(0);
      for (const person of everyone) {
        expect(output).not.toContain(person.waId);
        expect(output).not.toContain(person.name);
        expect(output).not.toContain(person.booking);
      }
    },
  };
}
