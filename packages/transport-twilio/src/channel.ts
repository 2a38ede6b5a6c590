/** The channel of messages that reach Twilio over WhatsApp (`From=whatsapp:+62…`): part of the deduplication key. */
export const WHATSAPP_CHANNEL = 'twilio-whatsapp';

/** The channel of SMS messages (`From=+62…`): part of the deduplication key. */
export const SMS_CHANNEL = 'twilio-sms';

/** One of the two channels this transport reads. */
export type TwilioChannel = typeof WHATSAPP_CHANNEL | typeof SMS_CHANNEL;

/** Twilio's REST API base URL; the sender appends `/2010-04-01/Accounts/{AccountSid}/Messages.json`. */
export const TWILIO_API_URL = 'https://api.twilio.com';

/** Twilio's limit on a message body, in characters (longer SMS are refused with error 21617). */
export const MAX_BODY_LENGTH = 1600;

/** The largest webhook body read by default: Twilio's forms are a few kilobytes. */
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

/** The prefix Twilio puts before WhatsApp addresses in `From`, `To` and sends. */
export const WHATSAPP_PREFIX = 'whatsapp:';
