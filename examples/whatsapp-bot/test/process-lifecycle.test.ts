import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicant, ROOMY_NUMBER } from './applicants';
import { baseEnvironment, removeBotCache, startBot } from './bot-process';
import { type FakeGraph, startFakeGraph } from './fake-graph';
import { sqliteStore, type TestStore } from './test-stores';
import { messagesPayload, postWebhook } from './webhook-client';

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

  it('answers a status callback 200 and logs it under the request id', async () => {
    const bot = await startBot({
      ...baseEnvironment(fake.url),
      ...store.env,
      WHATSAPP_PHONE_NUMBER_ID: ROOMY_NUMBER,
    });
    const value = {
      messaging_product: 'whatsapp',
      metadata: { display_phone_number: '15550783881', phone_number_id: ROOMY_NUMBER },
      statuses: [
        { id: 'wamid.unknown', status: 'delivered', timestamp: '1749416383', recipient_id: '6281299004406' },
      ],
    };
    const body = JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [{ id: '1', changes: [{ field: 'messages', value }] }],
    });
    const response = await postWebhook(bot.url, body);
    expect(response.status).toBe(200);
    const reqId = response.headers.get('x-request-id');
    bot.signal('SIGTERM');
    await bot.exited;
    const handled = bot.logLines().find((line) => line.msg === 'webhook' && line.event === 'Handled');
    expect(handled).toMatchObject({ reqId, statuses: 1, messages: 0 });
    expect(bot.output()).not.toContain('6281299004406');
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
