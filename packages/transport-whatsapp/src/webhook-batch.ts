import type { InboundMessage } from '@antrean/core';

/** What became of a reply we sent, as the provider reports it. */
export type DeliveryState = 'sent' | 'delivered' | 'read' | 'failed';

/** One delivery report for a reply this business number sent. */
export interface DeliveryStatus {
  readonly channel: string;
  /** The id the provider gave the reply when it was sent (the wamid). */
  readonly providerMessageId: string;
  readonly state: DeliveryState;
  readonly at: Date;
  /** The provider's error code when `state` is `failed` (and it gave one). */
  readonly errorCode?: number;
}

/**
 * A message or status left unread because a field no store can keep (a NUL, a lone surrogate)
 * is in it: which kind, which field and its place in the change; never the content.
 */
export interface UnreadableUpdate {
  readonly kind: 'message' | 'status';
  readonly field: 'id' | 'from';
  /** Its index in the change's `messages[]` or `statuses[]`. */
  readonly index: number;
}

/** Everything one payload carried for one business number. */
export interface NumberUpdates {
  /** Meta's id of the business number written to: it chooses the office. */
  readonly phoneNumberId: string;
  readonly messages: readonly InboundMessage[];
  readonly statuses: readonly DeliveryStatus[];
  /** Updates skipped as unreadable, to be logged; absent when there were none. */
  readonly unreadable?: readonly UnreadableUpdate[];
}

/** One webhook payload, grouped per business number in the order they first appear. */
export type WebhookBatch = readonly NumberUpdates[];

/** Why a well-signed payload could not be read; the handler answers 200 and logs it. */
export interface PayloadUnreadable {
  readonly type: 'PayloadUnreadable';
  readonly problem: 'encoding' | 'json' | 'shape';
  /** What did not fit, without any of the payload's content. */
  readonly detail: string;
}
