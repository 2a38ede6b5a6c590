import type { ResultAsync } from 'neverthrow';
import type { Booking, SessionSlot } from '../domain/booking';
import type { LocalDate } from '../domain/local-date';
import type { Reply } from '../domain/outcome';

/** Identifies one inbound message for deduplication: providers redeliver with the same id. */
export interface MessageKey {
  /** The transport's name, e.g. `whatsapp`, `twilio`, `console`. */
  readonly channel: string;
  /** The provider's message id. */
  readonly messageId: string;
}

/** A failure of the store itself (connection lost, disk full): never an applicant's fault. */
export interface StoreError {
  readonly type: 'StoreUnavailable';
  readonly message: string;
  readonly cause?: unknown;
}

/** A booking about to be written: the store adds slot, status and timestamps. */
export type NewBooking = Omit<
  Booking,
  'slotId' | 'date' | 'startsAt' | 'checkInDeadline' | 'status' | 'updatedAt'
>;

/** What `reserve` is asked to do, all of it in one transaction. */
export interface ReserveInput {
  readonly booking: NewBooking;
  /** The sessions to try, earliest first; the first with room gets the booking. */
  readonly candidates: readonly SessionSlot[];
  /** The instant of the request: active bookings whose check-in deadline is before it are expired first. */
  readonly now: Date;
  /** A number bound to another applicant at or after this instant may not book for this one. */
  readonly bindingSince: Date;
  /** The message being answered; recorded with the reply `render` makes, in the same transaction. */
  readonly message?: { readonly key: MessageKey; readonly render: (booking: Booking) => Reply };
}

/**
 * The reply in force for a message after `recordReply`. `first` is false when another delivery of
 * the same message recorded its reply before this one: that delivery owns the answer, and the
 * service reports this one as `replayed`.
 */
export interface RecordedReply {
  readonly reply: Reply;
  readonly first: boolean;
}

/**
 * How a reservation ended. Only `Reserved` placed a booking; whatever the result, the applicant's
 * lapsed bookings may have been marked expired (step (b), harmless to keep).
 */
export type ReserveResult =
  | { readonly type: 'Reserved'; readonly booking: Booking; readonly reply?: Reply }
  | { readonly type: 'SessionsFull' }
  | { readonly type: 'ApplicantHasBooking'; readonly existing: Booking }
  | { readonly type: 'NumberBound' }
  | { readonly type: 'CodeTaken' }
  | { readonly type: 'DuplicateMessage'; readonly reply: Reply };

/** What `cancel` is asked to do, in one transaction. */
export interface CancelInput {
  readonly code: string;
  /** Only a booking made from this number is cancelled; any other is `NotFound`. */
  readonly phone: string;
  readonly now: Date;
  readonly message?: { readonly key: MessageKey; readonly render: (booking: Booking) => Reply };
}

/** How a cancellation ended. */
export type CancelResult =
  | { readonly type: 'Cancelled'; readonly booking: Booking; readonly reply?: Reply }
  /** Unknown code, another number's booking, or no longer active (cancelled, checked in, expired). */
  | { readonly type: 'NotFound'; readonly booking?: Booking }
  | { readonly type: 'DuplicateMessage'; readonly reply: Reply };

/** How an officer's check-in ended. */
export type CheckInResult =
  | { readonly type: 'CheckedIn'; readonly booking: Booking }
  | { readonly type: 'NotFound' }
  | { readonly type: 'NotActive'; readonly booking: Booking };

/** Bookings held per slot id (active and checked-in ones: those that take a place). */
export type SlotCounts = ReadonlyMap<string, number>;

/** What a purge removed. */
export interface PurgeResult {
  readonly bookings: number;
  readonly messages: number;
  readonly bindings: number;
}

/** Optional abilities a store may lack; the conformance suite skips, and says so, what is absent. */
export interface StoreCapabilities {
  /** Several processes may share the store's database safely. */
  readonly multiProcess: boolean;
  /** Bookings survive the process. */
  readonly durable: boolean;
}

/**
 * The storage port. Capacity, one active booking per applicant, number binding and message
 * deduplication are enforced by the store atomically: callers never check-then-insert.
 */
export interface BookingStore {
  readonly capabilities: StoreCapabilities;
  /** The reply already given to a message, if it was handled before. */
  findReply(key: MessageKey): ResultAsync<Reply | undefined, StoreError>;
  /** Record the reply to a message that changed nothing; if one is already recorded, return that one. */
  recordReply(key: MessageKey, reply: Reply, at: Date): ResultAsync<RecordedReply, StoreError>;
  /** Place a booking in the first candidate session with room, atomically. */
  reserve(input: ReserveInput): ResultAsync<ReserveResult, StoreError>;
  /** Cancel an active booking made from `phone`, freeing its place. */
  cancel(input: CancelInput): ResultAsync<CancelResult, StoreError>;
  /** Mark an active, unexpired booking as checked in at `at`. */
  checkIn(code: string, at: Date): ResultAsync<CheckInResult, StoreError>;
  /** The booking with this code, whatever its state. */
  findByCode(code: string): ResultAsync<Booking | undefined, StoreError>;
  /** The applicant's booking that is active and not past its check-in deadline at `now`. */
  findActiveByApplicant(applicantKey: string, now: Date): ResultAsync<Booking | undefined, StoreError>;
  /** How many places are taken in each slot of the office on these dates (absent slots: 0). */
  countBySlot(officeId: string, dates: readonly LocalDate[]): ResultAsync<SlotCounts, StoreError>;
  /** Every booking of the office on a date, ordered by session start then creation: the officer's day list. */
  listByDate(officeId: string, date: LocalDate): ResultAsync<readonly Booking[], StoreError>;
  /**
   * Delete cancelled and expired bookings whose session started before `before` (active ones
   * past their deadline count as expired), messages received before it, and bindings older than it.
   */
  purge(before: Date): ResultAsync<PurgeResult, StoreError>;
  /** Release connections or file handles the store opened itself. */
  close(): Promise<void>;
}
