/**
 * Web-standard pieces every antrean webhook transport needs (WhatsApp, Twilio, yours), kept in
 * one place since transports import nothing of each other: the raw body read under a size limit,
 * a comparison of signatures whose time reveals nothing, and the test for text no store can keep.
 */
export { constantTimeEqual } from './constant-time';
export { type BodyTooLarge, type BodyUnreadable, readBody } from './read-body';
export {
  type NoAnswer,
  noAnswer,
  type ProviderCodes,
  type ProviderRefusal,
  providerRefusal,
  retryableByCode,
} from './send-classification';
export { isStorableText, storableText } from './storable-text';
