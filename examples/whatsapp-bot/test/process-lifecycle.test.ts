import { rmSync } from 'node:fs';
import Database from 'libsql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicant, ROOMY_NUMBER } from './applicants';
import { baseEnvironment, removeBotCache, startBot } from './bot-process';
import { type FakeGraph, startFakeGraph } from './fake-graph';
import { sqliteStore, type TestStore } from './test-stores';
import { messagesPayload, postWebhook, statusPayload } from './webhook-client';

describe('the bot process', () => {
  let fake: FakeGraph;
  let store: TestStore;

  beforeAll(async () => {
    fake = await startFakeGraph();
    store = sqliteStore();
  }, 60_000);
  afterAll(async () => {
    await fake?.close();
    removeBotCache();
    await store?.close();
  }, 30_000);

  it('answers /healthz 503, and a webhook 500 so that Meta redelivers, once its SQLite file is gone', async () => {
    const own = sqliteStore();
    try {
      const bot = await startBot({
        ...baseEnvironment(fake.url),
        ...own.env,
        WHATSAPP_PHONE_NUMBER_ID: ROOMY_NUMBER,
      });
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
      rmSync(own.env.ANTREAN_SQLITE_PATH!);
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(503);
      const person = applicant(9, 2);
      const body = messagesPayload(ROOMY_NUMBER, [
        { from: person.waId, id: 'wamid.lost-store', text: person.booking },
      ]);
      expect((await postWebhook(bot.url, body)).status).toBe(500);
      bot.signal('SIGTERM');
      expect((await bot.exited).code).toBe(0);
    } finally {
      await own.close();
    }
  });

  it('records a delivery report on the reply it is about, and logs it under the request id', async () => {
    const bot = await startBot({
      ...baseEnvironment(fake.url),
      ...store.env,
      WHATSAPP_PHONE_NUMBER_ID: ROOMY_NUMBER,
    });
    const person = applicant(9, 3);
    const booking = messagesPayload(ROOMY_NUMBER, [
      { from: person.waId, id: 'wamid.reported', text: '#BANTUAN' },
    ]);
    expect((await postWebhook(bot.url, booking)).status).toBe(200);
    await fake.waitFor(() => fake.delivered().some((send) => send.to === person.e164));
    const wamid = fake.delivered().find((send) => send.to === person.e164)?.providerMessageId;
    const report = {
      id: wamid,
      status: 'failed',
      timestamp: '1749416383',
      recipient_id: person.waId,
      errors: [{ code: 131047 }],
    };
    const response = await postWebhook(bot.url, statusPayload(ROOMY_NUMBER, report));
    expect(response.status).toBe(200);
    bot.signal('SIGTERM');
    await bot.exited;
    const handled = bot.logLines().filter((line) => line.msg === 'webhook' && line.event === 'Handled');
    expect(handled.at(-1)).toMatchObject({
      reqId: response.headers.get('x-request-id'),
      statuses: 1,
      messages: 0,
    });
    // Read back through the store's own file: the report reached the reply's delivery record.
    const db = new Database(store.env.ANTREAN_SQLITE_PATH!);
    const row = db
      .prepare('SELECT delivery_state, last_error_code FROM messages WHERE provider_message_id = ?')
      .get(wamid);
    db.close();
    expect(row).toMatchObject({ delivery_state: 'failed', last_error_code: '131047' });
    expect(bot.output()).not.toContain(person.waId);
  });

  it('answers Meta’s subscription check with the built-in office on WHATSAPP_PHONE_NUMBER_ID', async () => {
    const bot = await startBot({
      ...baseEnvironment(fake.url),
      ...store.env,
      WHATSAPP_PHONE_NUMBER_ID: ROOMY_NUMBER,
    });
    const check = (token: string) =>
      fetch(`${bot.url}/webhook?hub.mode=subscribe&hub.verify_token=${token}&hub.challenge=1158201444`);
    const good = await check('test-verify-token');
    expect([good.status, await good.text()]).toEqual([200, '1158201444']);
    expect((await check('wrong')).status).toBe(403);
    bot.signal('SIGTERM');
    expect((await bot.exited).code).toBe(0);
  });

  it('on SIGTERM finishes the send in flight and exits within 10 s', async () => {
    const bot = await startBot({
      ...baseEnvironment(fake.url),
      ...store.env,
      WHATSAPP_PHONE_NUMBER_ID: ROOMY_NUMBER,
      WHATSAPP_SEND_TIMEOUT_MS: '5000',
      ANTREAN_OUTBOX_LEASE_MS: '10000',
    });
    const person = applicant(9, 1);
    fake.scriptFor(person.e164, { kind: 'slow', ms: 1500 });
    const body = messagesPayload(ROOMY_NUMBER, [{ from: person.waId, id: 'wamid.term', text: '#BANTUAN' }]);
    expect((await postWebhook(bot.url, body)).status).toBe(200);
    await fake.waitFor((requests) => requests.some((r) => r.to === person.e164));
    const asked = Date.now();
    bot.signal('SIGTERM');
    const { code } = await bot.exited;
    expect(code).toBe(0);
    expect(Date.now() - asked).toBeLessThan(10_000);
    const lines = bot.logLines();
    const sent = lines.findIndex((line) => line.msg === 'send' && line.event === 'sent');
    const stopped = lines.findIndex((line) => line.msg === 'stopped');
    expect(sent).toBeGreaterThan(-1);
    expect(stopped).toBeGreaterThan(sent);
  });
});
