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
 * `POST /twilio`: Twilio's signed messaging webhook for WhatsApp and SMS, answered in TwiML,
 * timed for the latency histogram, with the handler's events logged under the request's id.
 */
export function addWebhookRoute(app: HostApp, options: WebhookRouteOptions): void {
  const { metrics, route, authToken, publicUrl } = options;
  app.post('/twilio', async (c) => {
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
