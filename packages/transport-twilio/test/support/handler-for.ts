import { createWebhookHandler, type WebhookEvent, type WebhookTarget } from '@antrean/transport-twilio';
import { RECEIVED_AT } from './forms';
import { AUTH_TOKEN, PUBLIC_URL } from './sign';

/** A Twilio webhook handler over `route` that keeps every event it logs. */
export const handlerFor = (
  route: (to: string, channel: string) => WebhookTarget | undefined,
  maxBodyBytes?: number,
) => {
  const events: WebhookEvent[] = [];
  const handler = createWebhookHandler({
    authToken: AUTH_TOKEN,
    publicUrl: PUBLIC_URL,
    route,
    log: (event) => events.push(event),
    now: () => RECEIVED_AT,
    ...(maxBodyBytes === undefined ? {} : { maxBodyBytes }),
  });
  return { handler, events };
};
