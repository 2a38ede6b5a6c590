/**
 * The Twilio transport, for WhatsApp and SMS through one account. Every antrean transport exports
 * the same names: `createWebhookHandler`, `verifySignature`, `readPayload`, `createSender` and its
 * channel constants (two here: `WHATSAPP_CHANNEL`, `SMS_CHANNEL`).
 */

export type { BodyTooLarge, BodyUnreadable } from '@antrean/webhook-kit';
export type { SentMessage } from './api-response';
export {
  DEFAULT_MAX_BODY_BYTES,
  MAX_BODY_LENGTH,
  SMS_CHANNEL,
  TWILIO_API_URL,
  type TwilioChannel,
  WHATSAPP_CHANNEL,
} from './channel';
export { type FormFields, type ParsedForm, parseForm } from './form';
export { isGsm7, toGsm7 } from './gsm7';
export { type PayloadUnreadable, readPayload, type TwilioWebhook } from './read-payload';
export { isRetryable, type SendFailure } from './send-failure';
export { createSender, type Sender, type SenderOptions, type TwilioOutbound } from './sender';
export {
  type HeaderReader,
  SIGNATURE_HEADER,
  type SignatureKey,
  type SignatureRefused,
  verifySignature,
} from './signature';
export { smsText } from './sms-text';
export { escapeXml, twimlReply } from './twiml';
export { createWebhookHandler } from './webhook-handler';
export type {
  TargetError,
  TargetReply,
  WebhookEvent,
  WebhookHandler,
  WebhookHandlerOptions,
  WebhookTarget,
} from './webhook-types';
