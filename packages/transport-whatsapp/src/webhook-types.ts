import type { InboundMessage } from '@antrean/core';
import type { BodyTooLarge, BodyUnreadable } from '@antrean/webhook-kit';
import type { ResultAsync } from 'neverthrow';
import type { HmacSha256, SignatureRefused } from './signature';
import type { DeliveryStatus, PayloadUnreadable, UnreadableUpdate } from './webhook-batch';

/** A failure a target reports; only its tag is looked at (and logged). */
export interface TargetError {
  readonly type: string;
}

/**
 * Where one business number's updates go: typically an office's booking service (its `handle`
 * fits as is). `handle` must be durable before it answers ok: the webhook's 200 tells Meta to
 * forget the payload.
 */
export interface WebhookTarget {
  handle(message: InboundMessage): ResultAsync<unknown, TargetError>;
  /** Records a delivery report of a reply; without it reports are acknowledged and dropped. */
  recordStatus?(status: DeliveryStatus): ResultAsync<unknown, TargetError>;
}

/** What the handler tells the host's logger. Ids and counts only: never numbers, names or text. */
export type WebhookEvent =
  | SignatureRefused
  | BodyTooLarge
  | BodyUnreadable
  | PayloadUnreadable
  | { readonly type: 'UnknownBusinessNumber'; readonly phoneNumberId: string }
  /** A message or status skipped for a field no store can keep (NUL, lone surrogate); the rest is handled. */
  | ({ readonly type: 'UpdateUnreadable'; readonly phoneNumberId: string } & UnreadableUpdate)
  | { readonly type: 'HandleFailed'; readonly messageId: string; readonly error: TargetError }
  | { readonly type: 'StatusFailed'; readonly providerMessageId: string; readonly error: TargetError }
  | { readonly type: 'HandlerFailed'; readonly cause: unknown }
  | {
      readonly type: 'Handled';
      readonly phoneNumberId: string;
      readonly messages: number;
      readonly statuses: number;
    };

/** How to build the webhook handler of one deployment (one Meta app, any number of business numbers). */
export interface WebhookHandlerOptions {
  /** The Meta app secret: the HMAC key of `X-Hub-Signature-256`. */
  readonly appSecret: string;
  /** Computes the HMAC the signature is checked against (default: Web Crypto). */
  readonly hmac?: HmacSha256;
  /** The token typed into Meta's dashboard when registering the callback URL. */
  readonly verifyToken: string;
  /** The target serving a business number, or undefined when this deployment does not serve it. */
  readonly route: (phoneNumberId: string) => WebhookTarget | undefined;
  /** Receives one event per notable outcome; default: nothing is logged. */
  readonly log?: (event: WebhookEvent) => void;
  /** Bodies longer than this many bytes are refused with 413 (default 1 MiB). */
  readonly maxBodyBytes?: number;
}

/** A web-standard webhook endpoint any HTTP framework or runtime can host. */
export type WebhookHandler = (request: Request) => Promise<Response>;
