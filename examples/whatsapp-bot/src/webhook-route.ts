import type { HostApp, HostMetrics, Logger } from '@antrean/bot-host';
import { createWebhookHandler, type WebhookEvent } from '@antrean/transport-whatsapp';
import type { OfficeRoute } from './office-targets';

/** What the webhook route needs. */
export interface WebhookRouteOptions {
  readonly appSecret: string;
  readonly verifyToken: string;
  readonly route: OfficeRoute;
  readonly metrics: HostMetrics;
}

/** A webhook event as a log line: its tag and ids, never a cause's text (it may quote the payload). */
const logEvent = (log: Logger, event: WebhookEvent): void => {
  if (event.type === 'HandlerFailed') {
    log.error({ event: event.type, error: (event.cause as Error)?.name ?? 'unknown' }, 'webhook');
    return;
  }
  if (event.type === 'Handled') log.info({ ...event, event: event.type }, 'webhook');
  else log.warn({ ...event, event: event.type }, 'webhook');
};

/**
 * `GET /webhook` (Meta's subscription check) and `POST /webhook` (signed updates), timed for the
 * latency histogram, with the handler's events logged under the request's id.
 */
export function addWebhookRoute(app: HostApp, options: WebhookRouteOptions): void {
  const { metrics, ...handlerOptions } = options;
  app.on(['GET', 'POST'], '/webhook', async (c) => {
    const log = c.get('log');
    const handler = createWebhookHandler({ ...handlerOptions, log: (event) => logEvent(log, event) });
    const stop = metrics.timeWebhook();
    const response = await handler(c.req.raw);
    stop(response.status);
    return response;
  });
}
