import { describe, expect, it } from 'vitest';
import { BOOKING_CODE, ROOMY_NUMBER, SMALL_CAPACITY, SMALL_NUMBER } from './applicants';
import { outboxSettled } from './outbox-settled';
import { useRunningBot } from './running-bot';
import { ENGINES } from './test-stores';
import { messagesPayload, postWebhook, signature } from './webhook-client';

// One bot per engine serves every case here, each case with its own applicants (run tags).
describe.each(ENGINES)('the WhatsApp bot on %s', (engine) => {
  const running = useRunningBot(engine);
  const { bot, fake, who, book, deliveredTo } = running;

  it('answers a signed booking with exactly one send carrying the booking code, and a redelivery with none', async () => {
    const person = who(1, 1);
    const body = book(person, 'wamid.flow-1');
    expect((await postWebhook(bot().url, body)).status).toBe(200);
    await fake().waitFor(() => deliveredTo(person).length === 1);
    const [send] = deliveredTo(person);
    expect(send?.text).toMatch(BOOKING_CODE);
    expect(send?.phoneNumberId).toBe(ROOMY_NUMBER);
    expect(send?.authorization).toBe('Bearer test-access-token');

    expect((await postWebhook(bot().url, body)).status).toBe(200);
    await outboxSettled(bot().url, 'any reply to the redelivery');
    expect(fake().requests.filter((r) => r.to === person.e164)).toHaveLength(1);
  });

  it('refuses forged, missing and malformed signatures with 401 and books nothing', async () => {
    const person = who(2, 1);
    const body = book(person, 'wamid.forged');
    const refused = await Promise.all([
      postWebhook(bot().url, body, signature(body, 'not-the-secret')),
      postWebhook(bot().url, body, null),
      postWebhook(bot().url, body, 'sha256=zz'),
      postWebhook(bot().url, body, signature(body).replace('sha256=', 'sha1=')),
    ]);
    expect(refused.map((r) => r.status)).toEqual([401, 401, 401, 401]);
    // Had any of them booked, the real delivery below would be a redelivery and send nothing.
    expect((await postWebhook(bot().url, body)).status).toBe(200);
    await fake().waitFor(() => deliveredTo(person).length === 1);
    expect(deliveredTo(person)[0]?.text).toMatch(BOOKING_CODE);
  });

  it('books every one of 20 messages in one payload', async () => {
    const people = Array.from({ length: 20 }, (_, n) => who(3, n));
    const body = messagesPayload(
      ROOMY_NUMBER,
      people.map((person, n) => ({ from: person.waId, id: `wamid.batch-${n}`, text: person.booking })),
    );
    expect((await postWebhook(bot().url, body)).status).toBe(200);
    await fake().waitFor(() => people.every((person) => deliveredTo(person).length === 1));
    const codes = new Set(people.map((person) => BOOKING_CODE.exec(deliveredTo(person)[0]?.text ?? '')?.[0]));
    expect(codes.size).toBe(20);
    expect(codes.has(undefined)).toBe(false);
  });

  it('books exactly the capacity under a burst of concurrent webhooks and answers every applicant once', async () => {
    const people = Array.from({ length: SMALL_CAPACITY * 3 }, (_, n) => who(4, n));
    const answers = await Promise.all(
      people.map((person, n) => postWebhook(bot().url, book(person, `wamid.burst-${n}`, SMALL_NUMBER))),
    );
    expect(answers.map((a) => a.status)).toEqual(people.map(() => 200));
    await fake().waitFor(() => people.every((person) => deliveredTo(person).length === 1));
    const booked = people.filter((person) => BOOKING_CODE.test(deliveredTo(person)[0]?.text ?? ''));
    expect(booked).toHaveLength(SMALL_CAPACITY);
    await outboxSettled(bot().url, 'every reply to the burst');
    expect(people.map((person) => fake().requests.filter((r) => r.to === person.e164).length)).toEqual(
      people.map(() => 1),
    );
  });

  it('answers /healthz and /metrics', async () => {
    const health = await fetch(`${bot().url}/healthz`);
    expect(health.status).toBe(200);
    const metrics = await (await fetch(`${bot().url}/metrics`)).text();
    expect(metrics).toMatch(/antrean_messages_total\{outcome="confirmed",reason=""\} \d+/);
    expect(metrics).toMatch(/antrean_messages_total\{outcome="rejected",reason="FullyBooked"\} 10/);
    expect(metrics).toMatch(/antrean_sends_total\{result="sent",code=""\} \d+/);
    expect(metrics).toMatch(/antrean_outbox_pending \d+/);
    expect(metrics).toMatch(/antrean_outbox_oldest_pending_age_seconds \d+/);
    expect(metrics).toMatch(/antrean_webhook_duration_seconds_count\{status="200"\} \d+/);
  });

  it('logs no phone number, name or message text', () => {
    running.expectNoPersonalData();
    const webhookLines = bot()
      .logLines()
      .filter((line) => line.msg === 'webhook');
    expect(webhookLines.length).toBeGreaterThan(0);
    expect(webhookLines.every((line) => typeof line.reqId === 'string')).toBe(true);
  });
});
