import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { describe, expect, it } from 'vitest';
import { readEnvironment } from '../src/env-config';
import type { HostApp } from '../src/host-app';
import { hostEnvironment } from '../src/host-environment';
import { listen } from '../src/listen';
import { stalledPost } from './support/stalled-request';

const LIMIT_MS = 500;

/** An app that reads POST bodies whole, and an event stream that writes when told to. */
function appUnderTest() {
  const app: HostApp = new Hono();
  // A body cut short by the limit rejects: the route answers nothing more (the socket is gone).
  app.post('/echo', async (c) => c.text(await c.req.text().catch(() => '')));
  let write: ((data: string) => Promise<void>) | undefined;
  app.get('/events', (c) =>
    streamSSE(c, async (stream) => {
      write = (data) => stream.writeSSE({ data });
      await stream.writeSSE({ data: 'open' });
      await new Promise<void>((resolve) => stream.onAbort(resolve));
    }),
  );
  return { app, write: (data: string) => write?.(data) };
}

describe('the request time limit', () => {
  it('answers 408 and closes the connection when a body stalls past the limit', async () => {
    const server = await listen(appUnderTest().app, 0, '127.0.0.1', { requestTimeoutMs: LIMIT_MS });
    const answer = await stalledPost(server.port, { path: '/echo', partialBody: '{"half":' });
    expect(answer.text).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(answer.closedAfterMs).toBeGreaterThanOrEqual(LIMIT_MS - 50);
    expect(answer.closedAfterMs).toBeLessThan(LIMIT_MS + 2_000);
    // A request that arrives whole in time is answered as usual.
    const echoed = await fetch(`http://127.0.0.1:${server.port}/echo`, { method: 'POST', body: 'whole' });
    expect(await echoed.text()).toBe('whole');
    await server.close();
  });

  it('keeps an event stream open past the limit: a stalled request opened after it is cut, the stream still delivers', async () => {
    const { app, write } = appUnderTest();
    const server = await listen(app, 0, '127.0.0.1', { requestTimeoutMs: LIMIT_MS });
    const abort = new AbortController();
    const response = await fetch(`http://127.0.0.1:${server.port}/events`, { signal: abort.signal });
    const reader = (response.body as ReadableStream<Uint8Array>)
      .pipeThrough(new TextDecoderStream())
      .getReader();
    const readUntil = async (needle: string): Promise<void> => {
      let seen = '';
      while (!seen.includes(needle)) {
        const { done, value } = await reader.read();
        if (done) throw new Error(`the stream ended before "${needle}"; it sent: ${seen}`);
        seen += value;
      }
    };
    await readUntil('data: open');
    // Younger than the stream, so when it has been cut the stream has been checked past the limit too.
    const stalled = await stalledPost(server.port, { path: '/echo', partialBody: 'x' });
    expect(stalled.text).toMatch(/^HTTP\/1\.1 408/);
    await write('still here');
    await readUntil('data: still here');
    abort.abort();
    await server.close();
  });

  it('defaults to 10 s and refuses a limit that is not a whole number from 100 to 300000', () => {
    const read = (value?: string) =>
      readEnvironment(hostEnvironment, { ANTREAN_REQUEST_BODY_TIMEOUT_MS: value });
    expect(read()._unsafeUnwrap().ANTREAN_REQUEST_BODY_TIMEOUT_MS).toBe(10_000);
    expect(read('2500')._unsafeUnwrap().ANTREAN_REQUEST_BODY_TIMEOUT_MS).toBe(2_500);
    for (const bad of ['0', '99', '1.5', 'ten', '300001'])
      expect(read(bad)._unsafeUnwrapErr().message).toBe(
        'ANTREAN_REQUEST_BODY_TIMEOUT_MS must be a whole number from 100 to 300000',
      );
  });
});
