import { type HostApp, type HostMetrics, logWebhookEvent } from '@antrean/bot-host';
import { createWebhookHandler } from '@antrean/transport-whatsapp';
import { nodeHmacSha256 } from './node-hmac';
import type { OfficeRoute } from './office-targets';

/** What the webhook route needs. */
export interface WebhookRouteOptions {
  readonly appSecret: string;
  readonly verifyToken: string;
  readonly route: OfficeRoute;
  readonly metrics: HostMetrics;
}

/**
 * `GET /webhook` (Meta's subscription check) and `POST /webhook` (signed updates), any other method
 * 405 with `Allow`, timed for the latency histogram, with the handler's events logged under the
 * request's id. Signatures are checked with `node:crypto`'s HMAC, the cheapest on Node.
 */
export function addWebhookRoute(app: HostApp, options: WebhookRouteOptions): void {
  const { metrics, ...handlerOptions } = options;
  // Every method reaches the handler: it answers the ones it does not take with 405 and `Allow`.
  app.all('/webhook', async (c) => {
    const log = c.get('log');
    const handler = createWebhookHandler({
      ...handlerOptions,
      hmac: nodeHmacSha256,
      log: (event) => logWebhookEvent(log, event),
    });
    const stop = metrics.timeWebhook();
    const response = await handler(c.req.raw);
    stop(response.status);
    return response;
  });
}
