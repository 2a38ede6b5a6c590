/**
 * The WhatsApp Cloud API transport. Every antrean transport exports the same names:
 * `createWebhookHandler`, `verifySignature`, `readPayload`, `createSender`, `CHANNEL`.
 */

export type { BodyTooLarge, BodyUnreadable } from '@antrean/webhook-kit';
export { CHANNEL, DEFAULT_MAX_BODY_BYTES, GRAPH_API_URL, MAX_TEXT_LENGTH } from './channel';
export type { SentMessage } from './graph-response';
export { readPayload } from './read-payload';
export { isRetryable, type SendFailure } from './send-failure';
export { createSender, type Sender, type SenderOptions } from './sender';
export {
  type HeaderReader,
  type HmacSha256,
  SIGNATURE_HEADER,
  type SignatureRefused,
  verifySignature,
} from './signature';
export type {
  DeliveryState,
  DeliveryStatus,
  NumberUpdates,
  PayloadUnreadable,
  UnreadableUpdate,
  WebhookBatch,
} from './webhook-batch';
export { createWebhookHandler } from './webhook-handler';
export type {
  TargetError,
  WebhookEvent,
  WebhookHandler,
  WebhookHandlerOptions,
  WebhookTarget,
} from './webhook-types';
