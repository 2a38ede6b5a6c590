import { randomUUID } from 'node:crypto';
import type { StoreError } from '@antrean/core';
import { Hono } from 'hono';
import type { ResultAsync } from 'neverthrow';
import type { Logger } from './logger';
import type { HostMetrics } from './metrics';

/** What every route of a host app can read: the request's id and a logger carrying it. */
export interface HostVariables {
  readonly requestId: string;
  readonly log: Logger;
}

/** The Hono app type bots add their routes to. */
export type HostApp = Hono<{ Variables: HostVariables }>;

/** What the shared routes need. */
export interface HostAppOptions {
  readonly logger: Logger;
  readonly metrics: HostMetrics;
  /** The store's `health()`: `/healthz` answers 503 while it fails. */
  readonly health: () => ResultAsync<void, StoreError>;
}

/** An id a proxy passed on is kept when it looks like one (no injection into log lines). */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** Routes polled by machines, logged at debug only. */
const QUIET_PATHS = new Set(['/healthz', '/metrics']);

/**
 * An app with a request id on every request (`x-request-id`, kept or drawn), one log line per
 * request (method, path, status, milliseconds), `GET /healthz` and `GET /metrics`.
 */
export function createHostApp(options: HostAppOptions): HostApp {
  const app: HostApp = new Hono();
  app.use(async (c, next) => {
    const given = c.req.header('x-request-id');
    const requestId = given !== undefined && REQUEST_ID.test(given) ? given : randomUUID();
    const log = options.logger.child({ reqId: requestId });
    c.set('requestId', requestId);
    c.set('log', log);
    const started = performance.now();
    await next();
    c.header('x-request-id', requestId);
    const line = {
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    };
    if (QUIET_PATHS.has(c.req.path)) log.debug(line, 'request');
    else log.info(line, 'request');
  });
  app.get('/healthz', async (c) => {
    const health = await options.health();
    if (health.isOk()) return c.json({ status: 'ok' });
    c.get('log').warn({ error: health.error.type }, 'store unhealthy');
    return c.json({ status: 'unavailable' }, 503);
  });
  app.get('/metrics', async (c) => {
    const text = await options.metrics.registry.metrics();
    return c.body(text, 200, { 'content-type': options.metrics.registry.contentType });
  });
  return app;
}
