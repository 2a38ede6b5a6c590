import { fitText, type OutboundMessage } from '@antrean/core';
import { noAnswer } from '@antrean/webhook-kit';
import { ResultAsync } from 'neverthrow';
import { GRAPH_API_URL, MAX_TEXT_LENGTH } from './channel';
import { readGraphResponse, type SentMessage } from './graph-response';
import type { SendFailure } from './send-failure';

/** How to send from one business number. */
export interface SenderOptions {
  /** A system user's access token with `whatsapp_business_messaging`. */
  readonly accessToken: string;
  /** Meta's id of the business number sending. */
  readonly phoneNumberId: string;
  /** Base URL including the version (default {@link GRAPH_API_URL}); tests point it at a local fake. */
  readonly graphUrl?: string;
  /** Give up on an answer after this long (default 10 s): a retryable `timeout` failure. */
  readonly timeoutMs?: number;
  /** The fetch to use (default the global one). */
  readonly fetch?: typeof fetch;
}

/** Sends one text; the reply's `to` is the recipient in E.164. */
export type Sender = (message: OutboundMessage) => ResultAsync<SentMessage, SendFailure>;

const DEFAULT_TIMEOUT_MS = 10_000;

/** A business-scoped user id (`US.13491208655302741918`): what Meta gives instead of a number for users with a username. */
const BUSINESS_SCOPED_USER_ID = /^[A-Z]{2}\.[A-Za-z0-9.]+$/;

/**
 * The body of a free-form text message, cut to WhatsApp's limit by the core's `fitText` (one
 * definition of a cut that never splits a surrogate pair). A business-scoped user id goes
 * in `recipient` (a phone number in `to`), so a user who hides their number still gets help.
 */
const textMessage = ({ to, text }: OutboundMessage): string =>
  JSON.stringify({
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    ...(BUSINESS_SCOPED_USER_ID.test(to) ? { recipient: to } : { to }),
    type: 'text',
    text: { preview_url: false, body: fitText(text, MAX_TEXT_LENGTH) },
  });

/**
 * A sender posting to `<graphUrl>/<phoneNumberId>/messages`. Every failure comes back as a
 * classified `SendFailure` (retryable or not, with the provider's code); nothing throws.
 */
export function createSender(options: SenderOptions): Sender {
  const base = (options.graphUrl ?? GRAPH_API_URL).replace(/\/+$/, '');
  const url = `${base}/${encodeURIComponent(options.phoneNumberId)}/messages`;
  const fetchImpl = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const post = ResultAsync.fromThrowable(async (message: OutboundMessage) => {
    const response = await fetchImpl(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${options.accessToken}`, 'content-type': 'application/json' },
      body: textMessage(message),
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { status: response.status, body: await response.text() };
  }, noAnswer);
  return (message) => post(message).andThen(({ status, body }) => readGraphResponse(status, body));
}
