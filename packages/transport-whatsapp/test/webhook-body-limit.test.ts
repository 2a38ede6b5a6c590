import { recordingTarget } from '@antrean/testkit';
import { describe, expect, it } from 'vitest';
import { handlerFor } from './support/handler-for';
import { change, OFFICE_NUMBER_ID, payload, text } from './support/payloads';
import { post, signatureOf, signedPost, WEBHOOK_URL } from './support/sign';

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
