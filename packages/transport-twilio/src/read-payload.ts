import type { InboundMessage } from '@antrean/core';
import { storableText } from '@antrean/webhook-kit';
import { err, ok, type Result } from 'neverthrow';
import { SMS_CHANNEL, type TwilioChannel, WHATSAPP_CHANNEL, WHATSAPP_PREFIX } from './channel';
import type { FormFields } from './form';

/** One inbound message and the number it was sent to, which chooses the office. */
export interface TwilioWebhook {
  /** The receiving number in E.164, `whatsapp:` removed: the same number may serve both channels. */
  readonly to: string;
  readonly channel: TwilioChannel;
  readonly message: InboundMessage;
}

/** Why a signed form could not be read; the handler answers an empty TwiML and logs it. */
export interface PayloadUnreadable {
  readonly type: 'PayloadUnreadable';
  readonly problem: 'encoding' | 'shape';
  /** Which field did not fit, never its content. */
  readonly detail: string;
}

/** A form whose bytes or escapes are not UTF-8 (Twilio always sends UTF-8). */
export const NOT_UTF8: PayloadUnreadable = {
  type: 'PayloadUnreadable',
  problem: 'encoding',
  detail: 'not UTF-8',
};

const PHONE = /^\+?[0-9]{3,20}$/;
const SID = /^[A-Za-z0-9]{2,64}$/;

const shape = (detail: string): PayloadUnreadable => ({
  type: 'PayloadUnreadable',
  problem: 'shape',
  detail,
});

/** The value of `name`; `null` when it was sent more than once, which is ambiguous, so not read. */
function single(fields: FormFields, name: string): string | undefined | null {
  const values = fields.filter(([key]) => key === name).map(([, value]) => value);
  return values.length > 1 ? null : values[0];
}

/** An address as Twilio writes it: channel and number (`whatsapp:` stripped), or undefined. */
function readAddress(
  value: string | undefined | null,
): { channel: TwilioChannel; number: string } | undefined {
  if (value === undefined || value === null) return undefined;
  const whatsapp = value.startsWith(WHATSAPP_PREFIX);
  const number = whatsapp ? value.slice(WHATSAPP_PREFIX.length) : value;
  if (!PHONE.test(number)) return undefined;
  return { channel: whatsapp ? WHATSAPP_CHANNEL : SMS_CHANNEL, number };
}

/**
 * Reads Twilio's messaging webhook form: `MessageSid` (or the older `SmsMessageSid`), `From`,
 * `To` and `Body`. `From=whatsapp:+62…` is a WhatsApp message, a plain number an SMS; `From` and
 * `To` must agree. Media (`NumMedia`, `MediaUrl0`…) is not read: a photo with no text arrives
 * with empty text, which the booking service answers with help. Unknown fields are ignored.
 * The sid and the numbers admit only letters, digits and `+`, so no NUL (which PostgreSQL's `text`
 * refuses) reaches a store through them; in `Body` a NUL is dropped and a lone surrogate becomes
 * U+FFFD, so the sender still gets an answer.
 */
export function readPayload(fields: FormFields, receivedAt: Date): Result<TwilioWebhook, PayloadUnreadable> {
  const messageSid = single(fields, 'MessageSid');
  const sid = messageSid === undefined ? single(fields, 'SmsMessageSid') : messageSid;
  if (sid === undefined || sid === null || !SID.test(sid)) return err(shape('MessageSid'));
  const body = single(fields, 'Body');
  if (body === null) return err(shape('Body'));
  const from = readAddress(single(fields, 'From'));
  if (from === undefined) return err(shape('From'));
  const to = readAddress(single(fields, 'To'));
  if (to === undefined || to.channel !== from.channel) return err(shape('To'));
  return ok({
    to: to.number,
    channel: from.channel,
    message: {
      channel: from.channel,
      messageId: sid,
      from: from.number,
      text: storableText(body ?? ''),
      receivedAt,
    },
  });
}
