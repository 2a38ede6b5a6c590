/**
 * The console transport: the terminal as a transport on the contract every antrean transport
 * follows (`createWebhookHandler`, `readPayload`, `createSender`, `CHANNEL`). It has no
 * `verifySignature`: a terminal has no sender to authenticate.
 */
export { CHANNEL, DEFAULT_MAX_BODY_BYTES } from './channel';
export {
  type ConsoleTarget,
  createLineReceiver,
  type LineOutcome,
  type LineReceiverOptions,
} from './line-receiver';
export { type ConsoleInput, type LineContext, readPayload } from './read-payload';
export { createSender, type Sender, type SentMessage } from './sender';
export { createWebhookHandler, type WebhookHandlerOptions } from './webhook-handler';
