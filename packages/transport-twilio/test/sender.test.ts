import { createReplyDispatcher, type OutboxItem } from '@antrean/core';
import { fixedClock } from '@antrean/core/testing';
import { createSender } from '@antrean/transport-twilio';
import { ok, okAsync } from 'neverthrow';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeTwilio, startFakeTwilio, twilioError } from './support/fake-twilio';
import { ACCOUNT_SID } from './support/forms';

let api: FakeTwilio;
beforeAll(async () => {
  api = await startFakeTwilio();
});
afterAll(() => api.close());
beforeEach(() => {
  api.requests.length = 0;
  api.answer(() => ({ status: 201, body: { sid: 'SM9f0e', status: 'queued' } }));
});

const sender = (from = '+14155238886', timeoutMs = 2_000) =>
  createSender({ accountSid: ACCOUNT_SID, authToken: 'token:1', from, apiUrl: `${api.url}/`, timeoutMs });
const reply = { to: '+6281299004406', text: 'Kode: K7QM-3XPR – sampai jumpa…' };
const basic = `Basic ${Buffer.from(`${ACCOUNT_SID}:token:1`).toString('base64')}`;

describe('createSender', () => {
  it("posts To, From and a GSM-7 Body for SMS with basic auth, and returns Twilio's sid", async () => {
    expect(await sender()(reply)).toEqual(ok({ providerMessageId: 'SM9f0e' }));
    expect(api.requests).toEqual([
      {
        method: 'POST',
        path: `/2010-04-01/Accounts/${ACCOUNT_SID}/Messages.json`,
        authorization: basic,
        contentType: 'application/x-www-form-urlencoded',
        form: { To: '+6281299004406', From: '+14155238886', Body: 'Kode: K7QM-3XPR - sampai jumpa...' },
      },
    ]);
  });

  it('prefixes both numbers with whatsapp: for a WhatsApp sender and keeps the text as written', async () => {
    await sender('whatsapp:+14155238886')(reply);
    expect(api.requests[0]?.form).toEqual({
      To: 'whatsapp:+6281299004406',
      From: 'whatsapp:+14155238886',
      Body: reply.text,
    });
  });

  it("sends from a message's via (an outbox item's) over the configured number", async () => {
    await sender()({ ...reply, via: 'whatsapp:+15550001111' });
    expect(api.requests[0]?.form.From).toBe('whatsapp:+15550001111');
  });

  it.each([
    [20429, 429, true],
    [14107, 400, true],
    [63018, 429, true],
    [20500, 500, true],
    [undefined, 503, true],
    [21211, 400, false],
    [21610, 400, false],
    [21614, 400, false],
    [63016, 400, false],
    [20003, 401, false],
    [99999, 400, false],
  ])('classifies code %s (HTTP %s) as retryable %s', async (code, status, retryable) => {
    api.answer(() => ({
      status,
      body: code === undefined ? 'Service Unavailable' : twilioError(code, status),
    }));
    const failure = (await sender()(reply))._unsafeUnwrapErr();
    expect(failure).toMatchObject({ type: 'SendFailed', retryable, reason: 'provider', httpStatus: status });
    expect(failure.code).toBe(code);
  });

  it('a 2xx without a sid is permanent: Twilio may have queued it', async () => {
    api.answer(() => ({ status: 201, body: { status: 'queued' } }));
    expect((await sender()(reply))._unsafeUnwrapErr()).toMatchObject({
      retryable: false,
      reason: 'response',
    });
  });

  it('gives up on a hanging API after timeoutMs, retryably', async () => {
    api.answer(() => 'hang');
    const failure = (await sender('+14155238886', 200)(reply))._unsafeUnwrapErr();
    expect(failure).toMatchObject({ retryable: true, reason: 'timeout' });
  });

  it('reports a refused connection as a retryable network failure', async () => {
    const send = createSender({
      accountSid: ACCOUNT_SID,
      authToken: 't',
      from: '+1',
      apiUrl: 'http://127.0.0.1:1',
    });
    expect((await send(reply))._unsafeUnwrapErr()).toMatchObject({ retryable: true, reason: 'network' });
  });

  it('refuses, permanently, a message with no sending number', async () => {
    const send = createSender({ accountSid: ACCOUNT_SID, authToken: 't', apiUrl: api.url });
    expect((await send(reply))._unsafeUnwrapErr()).toMatchObject({ retryable: false, reason: 'address' });
    expect(api.requests).toEqual([]);
  });

  it("plugs into the core's dispatcher: 20429 retried, 21610 failed for good", async () => {
    const item = (id: string, to: string): OutboxItem => ({
      id,
      channel: 'twilio-sms',
      via: '+14155238886',
      to,
      text: 'halo',
      attempts: 0,
      createdAt: new Date('2026-11-29T00:00:00Z'),
    });
    api.answer((request) =>
      request.form.To === '+6281100000001'
        ? { status: 429, body: twilioError(20429, 429) }
        : { status: 400, body: twilioError(21610, 400) },
    );
    const marks: string[] = [];
    const outbox = {
      claim: () => okAsync([item('a', '+6281100000001'), item('b', '+6281100000002')]),
      markSent: () => okAsync(true),
      markFailed: (input: { id: string; retryAt?: Date; error: { code?: string } }) => {
        marks.push(`${input.id} ${input.error.code} ${input.retryAt === undefined ? 'failed' : 'retry'}`);
        return okAsync(true);
      },
      postpone: () => okAsync(true),
      recordDeliveryStatus: () => okAsync(true),
      outboxStats: () => okAsync({ pending: 0 }),
    };
    const dispatcher = createReplyDispatcher({
      outbox,
      send: sender(),
      clock: fixedClock(new Date('2026-11-29T00:00:00Z')),
    });
    await dispatcher._unsafeUnwrap().runOnce();
    expect(marks.sort()).toEqual(['a 20429 retry', 'b 21610 failed']);
  });
});
