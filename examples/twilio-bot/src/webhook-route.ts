import { type HostApp, type HostMetrics, logWebhookEvent } from '@antrean/bot-host';
import { createWebhookHandler } from '@antrean/transport-twilio';
import type { OfficeRoute } from './office-targets';

/** What the webhook route needs. */
export interface WebhookRouteOptions {
  readonly authToken: string;
  readonly publicUrl: string;
  readonly route: OfficeRoute;
  readonly metrics: HostMetrics;
}

/**
 * `POST /twilio`: Twilio's signed messaging webhook for WhatsApp and SMS, answered in TwiML (any
 * other method 405 with `Allow`), timed for the latency histogram, with the handler's events
 * logged under the request's id.
 */
export function addWebhookRoute(app: HostApp, options: WebhookRouteOptions): void {
  const { metrics, route, authToken, publicUrl } = options;
  // Every method reaches the handler: it answers the ones it does not take with 405 and `Allow`.
  app.all('/twilio', async (c) => {
    const log = c.get('log');
    const handler = createWebhookHandler({
      authToken,
      publicUrl,
      route: (to) => route(to),
      log: (event) => logWebhookEvent(log, event),
    });
    const stop = metrics.timeWebhook();
    const response = await handler(c.req.raw);
    stop(response.status);
    return response;
  });
}
