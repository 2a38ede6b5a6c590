import type { InboundMessage } from '@antrean/core';
import type { BodyTooLarge, BodyUnreadable } from '@antrean/webhook-kit';
import type { ResultAsync } from 'neverthrow';
import type { TwilioChannel } from './channel';
import type { PayloadUnreadable } from './read-payload';
import type { SignatureRefused } from './signature';

/** A failure a target reports; only its tag is looked at (and logged). */
export interface TargetError {
  readonly type: string;
}

/** What a target answers a message with: the reply's text (empty: nothing to say). */
export interface TargetReply {
  readonly text: string;
}

/**
 * Where one receiving number's messages go: typically an office's booking service, whose
 * `handle` fits as is. It must record the reply before answering, so that a retried webhook
 * (Twilio retries a failed connection) is answered with the same text: the webhook response is
 * the only way this transport replies.
 */
export interface WebhookTarget {
  handle(message: InboundMessage): ResultAsync<TargetReply, TargetError>;
}

/** What the handler tells the host's logger. Ids and counts only: never numbers, names or text. */
export type WebhookEvent =
  | SignatureRefused
  | BodyTooLarge
  | BodyUnreadable
  | PayloadUnreadable
  | { readonly type: 'UnknownReceivingNumber'; readonly channel: TwilioChannel }
  | { readonly type: 'HandleFailed'; readonly messageId: string; readonly error: TargetError }
  | { readonly type: 'HandlerFailed'; readonly cause: unknown }
  | { readonly type: 'Handled'; readonly channel: TwilioChannel; readonly messageId: string };

/** How to build the webhook handler of one deployment (one Twilio account, any number of numbers). */
export interface WebhookHandlerOptions {
  /** The account's Auth Token: the HMAC key of `X-Twilio-Signature`. */
  readonly authToken: string;
  /** The webhook URL as configured in Twilio's console (what Twilio signs), query string included. */
  readonly publicUrl: string;
  /**
   * The target serving a receiving number (`To` in E.164, `whatsapp:` removed, with the channel),
   * or undefined when this deployment does not serve it.
   */
  readonly route: (to: string, channel: TwilioChannel) => WebhookTarget | undefined;
  /** Receives one event per notable outcome; default: nothing is logged. */
  readonly log?: (event: WebhookEvent) => void;
  /** Bodies longer than this many bytes are refused with 413 (default 256 KiB). */
  readonly maxBodyBytes?: number;
  /** When a message arrived (Twilio's form carries no timestamp); default the system clock. */
  readonly now?: () => Date;
}

/** A web-standard webhook endpoint any HTTP framework or runtime can host. */
export type WebhookHandler = (request: Request) => Promise<Response>;
