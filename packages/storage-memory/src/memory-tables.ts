import type { AuditEntry, Booking, DeliveryError, DeliveryState, QueueTicket, Reply } from '@antrean/core';

/** A handled message: the reply given and when the message came in (for retention). */
export interface StoredMessage {
  readonly reply: Reply;
  readonly receivedAt: Date;
  /** The id of its reply's delivery, when the transport asked for one. */
  readonly deliveryId?: string;
}

/** A reply's delivery through a provider's API: the outbox row of one handled message. */
export interface StoredDelivery {
  readonly id: string;
  /** The message's `messageKeyOf` key. */
  readonly messageKey: string;
  readonly channel: string;
  readonly via: string;
  readonly to: string;
  readonly text: string;
  readonly state: DeliveryState;
  /** Failed sends so far. */
  readonly attempts: number;
  readonly createdAt: Date;
  /** Not claimed before this instant (retry backoff, pacing). */
  readonly nextAttemptAt: Date;
  readonly leaseToken?: string;
  readonly leaseUntil?: Date;
  readonly providerMessageId?: string;
  readonly error?: DeliveryError;
  readonly updatedAt: Date;
}

/** Which applicant a phone number last booked for, and when. */
export interface NumberBinding {
  readonly applicantKey: string;
  readonly boundAt: Date;
}

/** The rows the memory store keeps: what a probe reads, bypassing the store's own queries. */
export interface MemoryTables {
  /** Bookings by code. */
  readonly bookings: ReadonlyMap<string, Booking>;
  /** Handled messages by `messageKeyOf(key)`. */
  readonly messages: ReadonlyMap<string, StoredMessage>;
  /** Bindings by phone number (E.164). */
  readonly bindings: ReadonlyMap<string, NumberBinding>;
  /** Reply deliveries (the outbox) by id, in the order they were recorded. */
  readonly deliveries: ReadonlyMap<string, StoredDelivery>;
}

/** Every row the store keeps, with the indexes derived from them (`replaceBooking` keeps them in step). */
export interface MemoryState {
  readonly bookings: Map<string, Booking>;
  readonly messages: Map<string, StoredMessage>;
  readonly bindings: Map<string, NumberBinding>;
  readonly deliveries: Map<string, StoredDelivery>;
  /** Delivery ids by the provider's message id, for status callbacks. */
  readonly deliveryByProviderId: Map<string, string>;
  /** The number the next delivery id is made from (never reused, like a database sequence). */
  readonly deliverySequence: { next: number };
  /** Codes of `active` bookings per applicant key. */
  readonly activeByApplicant: Map<string, Set<string>>;
  /** Codes of every booking per `dayKeyOf`. */
  readonly byDay: Map<string, Set<string>>;
  /** Places held per slot id, per `dayKeyOf`: what `takePlace` counts against the slot's capacity. */
  readonly heldByDay: Map<string, Map<string, number>>;
  /** Codes of the bookings that hold a place: written after their `takePlace`, until released. */
  readonly holding: Set<string>;
  /** Queue tickets by `dayKeyOf`, in issue order. Never deleted, so sequences have no gaps. */
  readonly tickets: Map<string, QueueTicket[]>;
  /** The day key of a booking's ticket, by `codeKeyOf`. */
  readonly dayOfCode: Map<string, string>;
  /** Every audit row, oldest first; only ever appended to. */
  readonly audit: AuditEntry[];
}
