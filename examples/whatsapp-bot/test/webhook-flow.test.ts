import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Applicant,
  applicant,
  BOOKING_CODE,
  ROOMY_NUMBER,
  SMALL_CAPACITY,
  SMALL_NUMBER,
  writeOfficesFile,
} from './applicants';
import { type BotProcess, baseEnvironment, removeBotCache, startBot, stopBot } from './bot-process';
import { type FakeGraph, startFakeGraph } from './fake-graph';
import { ENGINES, openStoreFor, type TestStore } from './test-stores';
import { messagesPayload, postWebhook, signature } from './webhook-client';

// One bot per engine serves every case here, each case with its own applicants (run tags).
describe.each(ENGINES)('the WhatsApp bot on %s', (engine) => {
  let fake: FakeGraph;
  let store: TestStore;
  let bot: BotProcess;
  let configDir: string;
  const everyone: Applicant[] = [];
  const who = (run: number, n: number): Applicant => {
    const person = applicant(run, n);
    everyone.push(person);
    return person;
  };
  const book = (person: Applicant, id: string, number = ROOMY_NUMBER) =>
    messagesPayload(number, [{ from: person.waId, id, text: person.booking }]);
  const deliveredTo = (person: Applicant) => fake.delivered().filter((send) => send.to === person.e164);

  beforeAll(async () => {
    const [graph, opened] = await Promise.all([startFakeGraph(), openStoreFor(engine)]);
    fake = graph;
    store = opened;
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

  it('answers a signed booking with exactly one send carrying the booking code, and a redelivery with none', async () => {
    const person = who(1, 1);
    const body = book(person, 'wamid.flow-1');
    expect((await postWebhook(bot.url, body)).status).toBe(200);
    await fake.waitFor(() => deliveredTo(person).length === 1);
    const [send] = deliveredTo(person);
    expect(send?.text).toMatch(BOOKING_CODE);
    expect(send?.phoneNumberId).toBe(ROOMY_NUMBER);
    expect(send?.authorization).toBe('Bearer test-access-token');

    expect((await postWebhook(bot.url, body)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(fake.requests.filter((r) => r.to === person.e164)).toHaveLength(1);
  });

  it('refuses forged, missing and malformed signatures with 401 and books nothing', async () => {
    const person = who(2, 1);
    const body = book(person, 'wamid.forged');
    const refused = await Promise.all([
      postWebhook(bot.url, body, signature(body, 'not-the-secret')),
      postWebhook(bot.url, body, null),
      postWebhook(bot.url, body, 'sha256=zz'),
      postWebhook(bot.url, body, signature(body).replace('sha256=', 'sha1=')),
    ]);
    expect(refused.map((r) => r.status)).toEqual([401, 401, 401, 401]);
    // Had any of them booked, the real delivery below would be a redelivery and send nothing.
    expect((await postWebhook(bot.url, body)).status).toBe(200);
    await fake.waitFor(() => deliveredTo(person).length === 1);
    expect(deliveredTo(person)[0]?.text).toMatch(BOOKING_CODE);
  });

  it('books every one of 20 messages in one payload', async () => {
    const people = Array.from({ length: 20 }, (_, n) => who(3, n));
    const body = messagesPayload(
      ROOMY_NUMBER,
      people.map((person, n) => ({ from: person.waId, id: `wamid.batch-${n}`, text: person.booking })),
    );
    expect((await postWebhook(bot.url, body)).status).toBe(200);
    await fake.waitFor(() => people.every((person) => deliveredTo(person).length === 1));
    const codes = new Set(people.map((person) => BOOKING_CODE.exec(deliveredTo(person)[0]?.text ?? '')?.[0]));
    expect(codes.size).toBe(20);
    expect(codes.has(undefined)).toBe(false);
  });

  it('books exactly the capacity under a burst of concurrent webhooks and answers every applicant once', async () => {
    const people = Array.from({ length: SMALL_CAPACITY * 3 }, (_, n) => who(4, n));
    const answers = await Promise.all(
      people.map((person, n) => postWebhook(bot.url, book(person, `wamid.burst-${n}`, SMALL_NUMBER))),
    );
    expect(answers.map((a) => a.status)).toEqual(people.map(() => 200));
    await fake.waitFor(() => people.every((person) => deliveredTo(person).length === 1));
    const booked = people.filter((person) => BOOKING_CODE.test(deliveredTo(person)[0]?.text ?? ''));
    expect(booked).toHaveLength(SMALL_CAPACITY);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(people.map((person) => fake.requests.filter((r) => r.to === person.e164).length)).toEqual(
      people.map(() => 1),
    );
  });

  it('retries a reply refused with 130429 until it arrives', async () => {
    const person = who(5, 1);
    fake.scriptFor(person.e164, { kind: 'error', code: 130429 }, { kind: 'error', code: 130429 });
    expect((await postWebhook(bot.url, book(person, 'wamid.throttled'))).status).toBe(200);
    await fake.waitFor(() => deliveredTo(person).length === 1);
    expect(fake.requests.filter((r) => r.to === person.e164).map((r) => r.answered)).toEqual([
      'error',
      'error',
      'ok',
    ]);
  });

  it('retries a send Meta never answers (timeout) until it arrives', async () => {
    const person = who(5, 2);
    fake.scriptFor(person.e164, { kind: 'silent' });
    expect((await postWebhook(bot.url, book(person, 'wamid.silent'))).status).toBe(200);
    await fake.waitFor(() => deliveredTo(person).length === 1);
    expect(fake.requests.filter((r) => r.to === person.e164).map((r) => r.answered)).toEqual([
      'silent',
      'ok',
    ]);
  });

  it('records 131026 and does not retry it', async () => {
    const person = who(6, 1);
    fake.scriptFor(person.e164, { kind: 'error', code: 131026 });
    expect((await postWebhook(bot.url, book(person, 'wamid.undeliverable'))).status).toBe(200);
    await fake.waitFor(() => fake.requests.some((r) => r.to === person.e164));
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(fake.requests.filter((r) => r.to === person.e164)).toHaveLength(1);
    const failed = bot.logLines().find((line) => line.event === 'failed' && line.code === '131026');
    expect(failed).toBeDefined();
  });

  it('retries every documented transient code and gives up at once on every permanent one', async () => {
    const retryable = [130429, 131056, 131057, 131000, 131016];
    const permanent = [131026, 131047, 131048, 190, 100];
    const people = [...retryable, ...permanent].map((code, n) => {
      const person = who(10, n);
      fake.scriptFor(person.e164, { kind: 'error', code });
      return person;
    });
    const answers = await Promise.all(
      people.map((person, n) => postWebhook(bot.url, book(person, `wamid.codes-${n}`))),
    );
    expect(answers.map((a) => a.status)).toEqual(people.map(() => 200));
    const tries = (person: Applicant) => fake.requests.filter((r) => r.to === person.e164).length;
    await fake.waitFor(() =>
      people.slice(0, retryable.length).every((person) => deliveredTo(person).length === 1),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(people.map(tries)).toEqual([...retryable.map(() => 2), ...permanent.map(() => 1)]);
  });

  it('answers /healthz and /metrics', async () => {
    const health = await fetch(`${bot.url}/healthz`);
    expect(health.status).toBe(200);
    const metrics = await (await fetch(`${bot.url}/metrics`)).text();
    expect(metrics).toMatch(/antrean_messages_total\{outcome="confirmed",reason=""\} \d+/);
    expect(metrics).toMatch(/antrean_messages_total\{outcome="rejected",reason="FullyBooked"\} 10/);
    expect(metrics).toMatch(/antrean_sends_total\{result="sent",code=""\} \d+/);
    expect(metrics).toMatch(/antrean_sends_total\{result="failed",code="131026"\} 2/);
    expect(metrics).toMatch(/antrean_outbox_pending \d+/);
    expect(metrics).toMatch(/antrean_outbox_oldest_pending_age_seconds \d+/);
    expect(metrics).toMatch(/antrean_webhook_duration_seconds_count\{status="200"\} \d+/);
  });

  it('logs no phone number, name or message text', () => {
    const output = bot.output();
    expect(everyone.length).toBeGreaterThan(20);
    for (const person of everyone) {
      expect(output).not.toContain(person.waId);
      expect(output).not.toContain(person.name);
      expect(output).not.toContain(person.booking);
    }
    expect(bot.logLines().filter((line) => line.msg === 'webhook').length).toBeGreaterThan(0);
    expect(bot.logLines().every((line) => line.reqId !== undefined || line.msg !== 'webhook')).toBe(true);
  });
});
