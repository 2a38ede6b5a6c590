import { createWebhookHandler, type WebhookEvent, type WebhookTarget } from '@antrean/transport-whatsapp';
import { APP_SECRET } from './sign';

/** A WhatsApp webhook handler over `route` that keeps every event it logs. */
export const handlerFor = (route: (id: string) => WebhookTarget | undefined, maxBodyBytes?: number) => {
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
