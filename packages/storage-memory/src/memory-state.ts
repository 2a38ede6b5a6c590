import type { Booking, DeliveryError, DeliveryState, MessageKey, Reply } from '@antrean/core';

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

/** The rows plus indexes derived from them; only `writeBooking` and `deleteBooking` touch both. */
export interface MemoryState {
  readonly bookings: Map<string, Booking>;
  readonly messages: Map<string, StoredMessage>;
  readonly bindings: Map<string, NumberBinding>;
  readonly deliveries: Map<string, StoredDelivery>;
  /** Delivery ids by the provider's message id, for status callbacks. */
  readonly deliveryByProviderId: Map<string, string>;
  /** The number the next delivery id is made from. */
  readonly deliverySequence: { next: number };
  /** Codes of `active` bookings per applicant key. */
  readonly activeByApplicant: Map<string, Set<string>>;
  /** Codes of bookings that take a place (active, checked in) per `slotKeyOf`. */
  readonly heldBySlot: Map<string, Set<string>>;
  /** Codes of every booking per `dayKeyOf`. */
  readonly byDay: Map<string, Set<string>>;
}

/** An empty store state. */
export const createMemoryState = (): MemoryState => ({
  bookings: new Map(),
  messages: new Map(),
  bindings: new Map(),
  deliveries: new Map(),
  deliveryByProviderId: new Map(),
  deliverySequence: { next: 1 },
  activeByApplicant: new Map(),
  heldBySlot: new Map(),
  byDay: new Map(),
});

// JSON keeps the parts apart whatever characters they contain.
/** The map key of a message: channel, sender and id together (ids are unique per chat on some providers). */
export const messageKeyOf = (key: MessageKey): string =>
  JSON.stringify([key.channel, key.sender, key.messageId]);

/** The map key of one office's slot: slot ids are only unique within an office. */
export const slotKeyOf = (officeId: string, slotId: string): string => JSON.stringify([officeId, slotId]);

/** The map key of one office's day. */
export const dayKeyOf = (officeId: string, date: string): string => JSON.stringify([officeId, date]);

/** True for the statuses that take a place in a session. */
export const holdsPlace = (booking: Booking): boolean =>
  booking.status === 'active' || booking.status === 'checked_in';

const addTo = (index: Map<string, Set<string>>, key: string, code: string): void => {
  const codes = index.get(key);
  if (codes) codes.add(code);
  else index.set(key, new Set([code]));
};

const removeFrom = (index: Map<string, Set<string>>, key: string, code: string): void => {
  const codes = index.get(key);
  if (!codes) return;
  codes.delete(code);
  if (codes.size === 0) index.delete(key);
};

const unindex = (state: MemoryState, booking: Booking): void => {
  removeFrom(state.activeByApplicant, booking.applicantKey, booking.code);
  removeFrom(state.heldBySlot, slotKeyOf(booking.officeId, booking.slotId), booking.code);
  removeFrom(state.byDay, dayKeyOf(booking.officeId, booking.date), booking.code);
};

/** Insert or replace a booking row and keep every index in step with it. */
export const writeBooking = (state: MemoryState, booking: Booking): void => {
  const previous = state.bookings.get(booking.code);
  if (previous) unindex(state, previous);
  state.bookings.set(booking.code, booking);
  if (booking.status === 'active') addTo(state.activeByApplicant, booking.applicantKey, booking.code);
  if (holdsPlace(booking)) addTo(state.heldBySlot, slotKeyOf(booking.officeId, booking.slotId), booking.code);
  addTo(state.byDay, dayKeyOf(booking.officeId, booking.date), booking.code);
};

/** Remove a booking row and its index entries. */
export const deleteBooking = (state: MemoryState, booking: Booking): void => {
  unindex(state, booking);
  state.bookings.delete(booking.code);
};

/** The bookings whose codes an index entry lists. */
export const bookingsIn = (state: MemoryState, codes: ReadonlySet<string> | undefined): Booking[] =>
  [...(codes ?? [])].flatMap((code) => state.bookings.get(code) ?? []);

// Callers get copies: a caller changing a returned Date or reply must not change the store.
/** A deep copy of a stored value (bookings hold Dates, replies nested outcomes). */
export const copyOf = <T>(value: T): T => structuredClone(value);
