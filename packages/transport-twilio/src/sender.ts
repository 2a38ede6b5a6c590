import type { OutboundMessage } from '@antrean/core';
import { noAnswer } from '@antrean/webhook-kit';
import { errAsync, ResultAsync } from 'neverthrow';
import { readApiResponse, type SentMessage } from './api-response';
import { SMS_CHANNEL, TWILIO_API_URL, WHATSAPP_CHANNEL, WHATSAPP_PREFIX } from './channel';
import type { SendFailure } from './send-failure';
import { replyText } from './sms-text';

/** How to send through one Twilio account. */
export interface SenderOptions {
  /** The account SID (`AC…`): the path of the Messages API and the basic-auth user. */
  readonly accountSid: string;
  /** The account's Auth Token: the basic-auth password. */
  readonly authToken: string;
  /**
   * The sending number as Twilio writes it: `whatsapp:+14155238886` for a WhatsApp sender, a plain
   * E.164 number for SMS. A message's own `via` (an outbox item's) takes precedence.
   */
  readonly from?: string;
  /** Base URL (default {@link TWILIO_API_URL}); tests point it at a local fake. */
  readonly apiUrl?: string;
  /** Give up on an answer after this long (default 10 s): a retryable `timeout` failure. */
  readonly timeoutMs?: number;
  /** The fetch to use (default the global one). */
  readonly fetch?: typeof fetch;
}

/** A message to send; `via` (as the outbox keeps it) names the sending number. */
export type TwilioOutbound = OutboundMessage & { readonly via?: string };

/** Sends one text; the reply's `to` is the recipient in E.164. */
export type Sender = (message: TwilioOutbound) => ResultAsync<SentMessage, SendFailure>;

const DEFAULT_TIMEOUT_MS = 10_000;

/** The form Twilio expects: `whatsapp:` on both numbers for WhatsApp, GSM-7 text for SMS. */
function messageForm(from: string, { to, text }: OutboundMessage): URLSearchParams {
  const whatsapp = from.startsWith(WHATSAPP_PREFIX);
  const bareTo = to.startsWith(WHATSAPP_PREFIX) ? to.slice(WHATSAPP_PREFIX.length) : to;
  return new URLSearchParams({
    To: whatsapp ? `${WHATSAPP_PREFIX}${bareTo}` : bareTo,
    From: from,
    Body: replyText(whatsapp ? WHATSAPP_CHANNEL : SMS_CHANNEL, text),
  });
}

/**
 * A sender posting to `{apiUrl}/2010-04-01/Accounts/{accountSid}/Messages.json` with basic auth.
 * Every failure comes back as a classified `SendFailure` (retryable or not, with Twilio's code),
 * so it plugs straight into the core's `createReplyDispatcher`; nothing throws.
 */
export function createSender(options: SenderOptions): Sender {
  const base = (options.apiUrl ?? TWILIO_API_URL).replace(/\/+$/, '');
  const url = `${base}/2010-04-01/Accounts/${encodeURIComponent(options.accountSid)}/Messages.json`;
  const credentials = new TextEncoder().encode(`${options.accountSid}:${options.authToken}`);
  const authorization = `Basic ${btoa(String.fromCharCode(...credentials))}`;
  const fetchImpl = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const post = ResultAsync.fromThrowable(async (form: URLSearchParams) => {
    const response = await fetchImpl(url, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { status: response.status, body: await response.text() };
  }, noAnswer);
  return (message) => {
    const from = message.via ?? options.from;
    if (from === undefined || from === '') {
      return errAsync({
        type: 'SendFailed',
        retryable: false,
        reason: 'address',
        message: 'no sending number',
      });
    }
    return post(messageForm(from, message)).andThen(({ status, body }) => readApiResponse(status, body));
  };
}
