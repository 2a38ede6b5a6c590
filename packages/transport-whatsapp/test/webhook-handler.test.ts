import { recordingTarget } from '@antrean/testkit';
import { createWebhookHandler, type WebhookEvent, type WebhookTarget } from '@antrean/transport-whatsapp';
import { errAsync } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import {
  APPLICANT,
  change,
  OFFICE_NUMBER_ID,
  OTHER_NUMBER_ID,
  payload,
  status,
  text,
} from './support/payloads';
import { APP_SECRET, post, signatureOf, signedPost, WEBHOOK_URL } from './support/sign';

const handlerFor = (route: (id: string) => WebhookTarget | undefined, maxBodyBytes?: number) => {
  const events: WebhookEvent[] = [];
  const handler = createWebhookHandler({
    appSecret: APP_SECRET,
    verifyToken: 'verify-me',
    route,
    log: (event) => events.push(event),
    ...(maxBodyBytes === undefined ? {} : { maxBodyBytes }),
  });
  return { handler, events };
};

const get = (query: string) => new Request(`${WEBHOOK_URL}?${query}`);

describe('GET: subscription check', () => {
  const { handler } = handlerFor(() => undefined);

  it('answers the challenge when the mode and token are right', async () => {
    const response = await handler(
      get('hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=1158201444'),
    );
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('1158201444');
  });

  it.each([
    ['a wrong token', 'hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1'],
    ['a longer token', 'hub.mode=subscribe&hub.verify_token=verify-me!&hub.challenge=1'],
    ['no token', 'hub.mode=subscribe&hub.challenge=1'],
    ['another mode', 'hub.mode=unsubscribe&hub.verify_token=verify-me&hub.challenge=1'],
    ['no challenge', 'hub.mode=subscribe&hub.verify_token=verify-me'],
  ])('refuses %s with 403', async (_, query) => {
    const response = await handler(get(query));
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('1');
  });

  it('refuses every token when none is configured', async () => {
    const open = createWebhookHandler({ appSecret: APP_SECRET, verifyToken: '', route: () => undefined });
    expect((await open(get('hub.mode=subscribe&hub.verify_token=&hub.challenge=1'))).status).toBe(403);
  });
});

describe('POST: routing and answers', () => {
  it('sends each business number to its own target, and logs one line per number', async () => {
    const office = recordingTarget();
    const other = recordingTarget();
    const { handler, events } = handlerFor((id) => (id === OFFICE_NUMBER_ID ? office : other));
    const body = payload([
      change(OFFICE_NUMBER_ID, { messages: [text('m1', 'a')], statuses: [status('s1', 'delivered')] }),
      change(OTHER_NUMBER_ID, { messages: [text('m2', 'b')] }),
    ]);
    expect((await handler(signedPost(body))).status).toBe(200);
    expect(office.received.map((m) => m.messageId)).toEqual(['m1']);
    expect(office.statuses).toHaveLength(1);
    expect(other.received.map((m) => m.messageId)).toEqual(['m2']);
    expect(events).toEqual([
      { type: 'Handled', phoneNumberId: OFFICE_NUMBER_ID, messages: 1, statuses: 1 },
      { type: 'Handled', phoneNumberId: OTHER_NUMBER_ID, messages: 1, statuses: 0 },
    ]);
  });

  it('answers 200 for a number no office serves, logs it, and handles nothing for it', async () => {
    const office = recordingTarget();
    const { handler, events } = handlerFor((id) => (id === OFFICE_NUMBER_ID ? office : undefined));
    const body = payload([
      change(OTHER_NUMBER_ID, { messages: [text('m1', 'a')] }),
      change(OFFICE_NUMBER_ID, { messages: [text('m2', 'b')] }),
    ]);
    expect((await handler(signedPost(body))).status).toBe(200);
    expect(office.received.map((m) => m.messageId)).toEqual(['m2']);
    expect(events[0]).toEqual({ type: 'UnknownBusinessNumber', phoneNumberId: OTHER_NUMBER_ID });
  });

  it('acknowledges delivery reports when the target does not record them', async () => {
    const handle = recordingTarget().handle;
    const { handler } = handlerFor(() => ({ handle }));
    const body = payload([change(OFFICE_NUMBER_ID, { statuses: [status('s1', 'read')] })]);
    expect((await handler(signedPost(body))).status).toBe(200);
  });

  it('answers 500 when recording a delivery report fails, so Meta redelivers', async () => {
    const target = recordingTarget();
    const { handler, events } = handlerFor(() => ({
      handle: target.handle,
      recordStatus: () => errAsync({ type: 'StoreUnavailable' }),
    }));
    const body = payload([change(OFFICE_NUMBER_ID, { statuses: [status('s1', 'read')] })]);
    expect((await handler(signedPost(body))).status).toBe(500);
    expect(events).toEqual([
      { type: 'StatusFailed', providerMessageId: 's1', error: { type: 'StoreUnavailable' } },
    ]);
  });

  it('stops at the first failed message: later ones wait for the redelivery, in order', async () => {
    const seen: string[] = [];
    const { handler } = handlerFor(() => ({
      handle: (message) => {
        seen.push(message.messageId);
        return errAsync({ type: 'StoreUnavailable' });
      },
    }));
    const body = payload([change(OFFICE_NUMBER_ID, { messages: [text('m1', 'a'), text('m2', 'b')] })]);
    expect((await handler(signedPost(body))).status).toBe(500);
    expect(seen).toEqual(['m1']);
  });

  it('answers 500, never throws, when a target or the route throws', async () => {
    const { handler, events } = handlerFor(() => {
      throw new Error('route exploded');
    });
    const body = payload([change(OFFICE_NUMBER_ID, { messages: [text('m1', 'a')] })]);
    expect((await handler(signedPost(body))).status).toBe(500);
    expect(events.map((e) => e.type)).toEqual(['HandlerFailed']);
  });

  it('logs no phone number and no message text', async () => {
    const { handler, events } = handlerFor((id) => (id === OFFICE_NUMBER_ID ? recordingTarget() : undefined));
    const body = payload([
      change(OFFICE_NUMBER_ID, { messages: [text('m1', '#BUDI#25-01-1987')] }),
      change(OTHER_NUMBER_ID, { messages: [text('m2', '#SITI#02-02-1990')] }),
    ]);
    await handler(signedPost(body));
    await handler(
      signedPost(
        '{"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{"metadata":{"phone_number_id":"1"},"messages":[{"from":"6281299004406","text":{"body":"#BUDI"}}]}}]}]}',
      ),
    );
    const logged = JSON.stringify(events);
    expect(events.map((e) => e.type)).toEqual(['Handled', 'UnknownBusinessNumber', 'PayloadUnreadable']);
    for (const secret of [APPLICANT, 'BUDI', 'SITI', '1987']) expect(logged).not.toContain(secret);
  });

  it('answers 405 to other methods', async () => {
    const { handler } = handlerFor(() => undefined);
    const response = await handler(new Request(WEBHOOK_URL, { method: 'PUT', body: 'x' }));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, POST');
  });
});

describe('POST: body limit', () => {
  const small = payload([change(OFFICE_NUMBER_ID, { messages: [text('m1', 'a')] })]);

  it('reads a body up to the limit and refuses one byte more with 413', async () => {
    const bytes = new TextEncoder().encode(small);
    const exact = handlerFor(() => recordingTarget(), bytes.length);
    expect((await exact.handler(signedPost(bytes))).status).toBe(200);
    const under = handlerFor(() => recordingTarget(), bytes.length - 1);
    expect((await under.handler(signedPost(bytes))).status).toBe(413);
    expect(under.events).toEqual([{ type: 'BodyTooLarge', limit: bytes.length - 1 }]);
  });

  it('does not trust a Content-Length that understates a streamed body', async () => {
    const target = recordingTarget();
    const { handler } = handlerFor(() => target, 64);
    const bytes = new TextEncoder().encode(small);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 40));
        controller.enqueue(bytes.slice(40));
        controller.close();
      },
    });
    const request = new Request(WEBHOOK_URL, {
      method: 'POST',
      headers: { 'x-hub-signature-256': signatureOf(bytes), 'content-length': '10' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect((await handler(request)).status).toBe(413);
    expect(target.received).toEqual([]);
  });

  it('refuses a declared Content-Length over the limit before reading', async () => {
    const { handler } = handlerFor(() => recordingTarget(), 64);
    const request = new Request(WEBHOOK_URL, {
      method: 'POST',
      headers: { 'x-hub-signature-256': signatureOf(new Uint8Array(0)), 'content-length': '1000000' },
      body: new ReadableStream({ pull: () => new Promise(() => {}) }),
      duplex: 'half',
    } as RequestInit);
    expect((await handler(request)).status).toBe(413);
  });

  it('refuses a malformed signature before reading the body at all', async () => {
    let pulled = false;
    // highWaterMark 0: the stream is pulled only when someone reads it.
    const body = new ReadableStream(
      {
        pull: () => {
          pulled = true;
        },
      },
      { highWaterMark: 0 },
    );
    const { handler } = handlerFor(() => recordingTarget());
    const request = new Request(WEBHOOK_URL, {
      method: 'POST',
      headers: { 'x-hub-signature-256': 'sha256=nope' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect((await handler(request)).status).toBe(401);
    expect(pulled).toBe(false);
    expect((await handler(post(small, undefined))).status).toBe(401);
  });
});
