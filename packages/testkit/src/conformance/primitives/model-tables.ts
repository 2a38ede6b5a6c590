import type {
  AuditEntry,
  Booking,
  DeliveryError,
  DeliveryState,
  MessageKey,
  NumberBinding,
  OutboxItem,
  QueueTicket,
  Reply,
} from '@antrean/core';

/** A handled message as the model keeps it: its reply, when it came in, and its delivery's id. */
export interface ModelMessage {
  readonly reply: Reply;
  readonly receivedAt: Date;
  readonly deliveryId?: string;
}

/** A reply's delivery (outbox row): the item a dispatcher claims, and its state and lease. */
export interface ModelDelivery extends OutboxItem {
  readonly messageKey: string;
  readonly state: DeliveryState;
  readonly nextAttemptAt: Date;
  readonly leaseToken?: string;
  readonly leaseUntil?: Date;
  readonly providerMessageId?: string;
  readonly error?: DeliveryError;
}

/**
 * Every row of the reference model, as plain data: a transaction works on a `structuredClone`
 * of it and replaces the committed tables only when its work resolves.
 */
export interface ModelTables {
  /** Bookings by code. */
  readonly bookings: Map<string, Booking>;
  /** Handled messages by `modelKeyOf(key)`. */
  readonly messages: Map<string, ModelMessage>;
  /** Number bindings by phone. */
  readonly bindings: Map<string, NumberBinding>;
  /** Reply deliveries by id, in the order they were recorded. */
  readonly deliveries: Map<string, ModelDelivery>;
  /** Places held per `placeKeyOf(office, slot)`: taken by `takePlace`, given back by a release. */
  readonly places: Map<string, number>;
  /** Every queue ticket, in issue order. */
  readonly tickets: QueueTicket[];
  /** The audit trail, oldest first; only ever appended to. */
  readonly audit: AuditEntry[];
  /** The last delivery id handed out. */
  lastDeliveryId: number;
}

/** No rows at all. */
export const emptyTables = (): ModelTables => ({
  bookings: new Map(),
  messages: new Map(),
  bindings: new Map(),
  deliveries: new Map(),
  places: new Map(),
  tickets: [],
  audit: [],
  lastDeliveryId: 0,
});

// JSON keeps the parts apart whatever characters they hold.
/** The map key of a message: channel, sender and id. */
export const modelKeyOf = (key: MessageKey): string =>
  JSON.stringify([key.channel, key.sender, key.messageId]);

/** The map key of an office's slot (slot ids are unique only within an office). */
export const placeKeyOf = (officeId: string, slotId: string): string => JSON.stringify([officeId, slotId]);

/** A copy the caller may change without reaching the model's rows. */
export const copied = <T>(value: T): T => structuredClone(value);
