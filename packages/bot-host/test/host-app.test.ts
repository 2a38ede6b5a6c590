import { Writable } from 'node:stream';
import { errAsync, okAsync } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { createHostApp } from '../src/host-app';
import { createLogger } from '../src/logger';
import { createHostMetrics } from '../src/metrics';

const appWith = (healthy: () => boolean) => {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const logger = createLogger({ name: 'test', level: 'info', destination });
  const app = createHostApp({
    logger,
    metrics: createHostMetrics(),
    health: () =>
      healthy() ? okAsync(undefined) : errAsync({ type: 'StoreUnavailable' as const, message: 'gone' }),
  });
  app.get('/hello', (c) => {
    c.get('log').info({ event: 'hello' }, 'greeted');
    return c.text('hi');
  });
  return { app, lines };
};

describe('createHostApp', () => {
  it('answers /healthz 200 while the store is healthy and 503 when it is not', async () => {
    let healthy = true;
    const { app } = appWith(() => healthy);
    expect((await app.request('/healthz')).status).toBe(200);
    healthy = false;
    const down = await app.request('/healthz');
    expect([down.status, await down.json()]).toEqual([503, { status: 'unavailable' }]);
  });

  it('serves Prometheus text at /metrics', async () => {
    const response = await (await appWith(() => true)).app.request('/metrics');
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(await response.text()).toContain('# TYPE antrean_messages_total counter');
  });

  it('gives each request an id, on its log lines and its response; a sane proxy id is kept', async () => {
    const { app, lines } = appWith(() => true);
    const drawn = await app.request('/hello');
    const id = drawn.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.filter((l) => l.reqId === id).map((l) => l.msg)).toEqual(['greeted', 'request']);
    const kept = await app.request('/hello', { headers: { 'x-request-id': 'proxy-42' } });
    expect(kept.headers.get('x-request-id')).toBe('proxy-42');
    const injected = await app.request('/hello', { headers: { 'x-request-id': '","level":60,"x":"' } });
    expect(injected.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
