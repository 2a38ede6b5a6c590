import { fitText } from '@antrean/core';
import { MAX_BODY_LENGTH, SMS_CHANNEL, type TwilioChannel } from './channel';
import { toGsm7 } from './gsm7';

/**
 * A reply as it goes out over SMS: in the GSM-7 alphabet (so it is billed per 160 characters, not
 * 70) and within Twilio's 1,600 characters. GSM-7 text has no surrogate pair, so the cut is clean.
 */
export function smsText(text: string): string {
  return fitText(toGsm7(text), MAX_BODY_LENGTH);
}

/** A reply's body on `channel`: GSM-7 for SMS; for WhatsApp as written, cut to 1,600 characters. */
export function replyText(channel: TwilioChannel, text: string): string {
  return channel === SMS_CHANNEL ? smsText(text) : fitText(text, MAX_BODY_LENGTH);
}
