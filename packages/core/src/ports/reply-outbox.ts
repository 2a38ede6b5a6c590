import type { ResultAsync } from 'neverthrow';
import type { StoreError } from './store-error';

/** Where a recorded reply is to be delivered through a provider's API. */
export interface ReplyDelivery {
  /** The business number id (or sender number) to send from: `InboundMessage.replyVia`. */
  readonly via: string;
  /** The recipient: `HandledMessage.to`. */
  readonly to: string;
}

/** A delivery's state: `pending` until sent; provider callbacks move it on to delivered and read. */
export type DeliveryState = 'pending' | 'sent' | 'delivered' | 'read' | 'failed';

/** A reply waiting to be sent, leased to one dispatcher. */
export interface OutboxItem {
  /** Opaque, unique in the store. */
  readonly id: string;
  readonly channel: string;
  readonly via: string;
  readonly to: string;
  readonly text: string;
  /** Failed sends before this claim. */
  readonly attempts: number;
  /** When the reply was recorded. */
  readonly createdAt: Date;
}

/** What `claim` is asked for. */
export interface ClaimInput {
  readonly now: Date;
  /** Items are leased to this claimer until then; an expired lease makes them claimable again. */
  readonly leaseUntil: Date;
  /** Unique per claim call (the dispatcher draws it): only its holder may mark the items. */
  readonly leaseToken: string;
  /** At most this many items. */
  readonly limit: number;
  /** Only this channel's items, when given. */
  readonly channel?: string;
}

/**
 * A change to a leased item, allowed only while `leaseToken` still holds it: the lease is lost
 * once another claim took the item (after the lease expired). An expired lease nobody claimed
 * again still holds: its holder's word (sent, failed) is then the latest, and refusing it would
 * only make another dispatcher send the reply again.
 */
export interface LeasedUpdate {
  readonly id: string;
  readonly leaseToken: string;
  readonly at: Date;
}

/** Why a send failed, as kept with the item: the provider's code (if any) and a reason. */
export interface DeliveryError {
  readonly code?: string;
  readonly reason: string;
}

/** A provider's status callback for a sent reply. */
export interface DeliveryStatus {
  readonly providerMessageId: string;
  readonly state: 'sent' | 'delivered' | 'read' | 'failed';
  readonly at: Date;
  readonly errorCode?: string;
}

/** Outbox depth for metrics. */
export interface OutboxStats {
  /** Pending items, leased or not. */
  readonly pending: number;
  /** The oldest pending item's `createdAt`; absent when none is pending. */
  readonly oldestPendingAt?: Date;
}

/**
 * The durable queue of replies to send. The reply record is the outbox entry: a message recorded
 * with a `ReplyDelivery` is pending in the same transaction as its booking or refusal, so a crash
 * after the webhook's 200 loses no reply. Dispatchers lease items, so replicas never share one.
 */
export interface ReplyOutbox {
  /**
   * Pending items due at `now` (next attempt <= now) whose lease is absent or expired (a lease
   * holds while now < leaseUntil), oldest first (by `createdAt`), at most `limit`, leased to
   * `leaseToken` until `leaseUntil`. Concurrent claimers (several replicas) never get the same
   * item while its lease holds (PostgreSQL: FOR UPDATE SKIP LOCKED).
   */
  claim(input: ClaimInput): ResultAsync<readonly OutboxItem[], StoreError>;
  /** Sent: state `sent`, provider id kept, lease cleared. False (and no change) when the lease was lost. */
  markSent(input: LeasedUpdate & { readonly providerMessageId: string }): ResultAsync<boolean, StoreError>;
  /**
   * Send failed. `retryAt` given: pending again from then, attempts + 1, lease cleared. Absent:
   * `failed` for good. The error is kept either way. False (and no change) when the lease was lost.
   */
  markFailed(
    input: LeasedUpdate & { readonly error: DeliveryError; readonly retryAt?: Date },
  ): ResultAsync<boolean, StoreError>;
  /** Not sent now (pacing): pending again from `until`, attempts unchanged, lease cleared. False when the lease was lost. */
  postpone(input: LeasedUpdate & { readonly until: Date }): ResultAsync<boolean, StoreError>;
  /**
   * A provider status callback, by provider message id. States only move forward (sent <
   * delivered < read; failed from any state before read, keeping its error code): a stale or
   * repeated callback changes nothing. True when the id is known, false for an unknown id.
   */
  recordDeliveryStatus(input: DeliveryStatus): ResultAsync<boolean, StoreError>;
  /** Outbox depth for metrics: pending items (leased or not) and the oldest one's `createdAt`. */
  outboxStats(): ResultAsync<OutboxStats, StoreError>;
}
