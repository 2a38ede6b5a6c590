import type { ResultAsync } from 'neverthrow';
import type { Booking, SessionSlot } from '../domain/booking';
import type { LocalDate } from '../domain/local-date';
import type { Reply } from '../domain/outcome';
import type { MessageKey } from './message-key';
import type { ReplyDelivery } from './reply-outbox';
import type { StoreError } from './store-error';

/** A booking about to be written: the store adds slot, status and timestamps. */
export type NewBooking = Omit<
  Booking,
  'slotId' | 'date' | 'startsAt' | 'checkInDeadline' | 'status' | 'updatedAt'
>;

/** The message a write answers: recorded with the reply `render` makes, in the write's transaction. */
export interface MessageToRecord {
  readonly key: MessageKey;
  readonly render: (booking: Booking) => Reply;
  /** Send the reply through the provider's API: recorded as pending delivery (first recording only). */
  readonly delivery?: ReplyDelivery;
}

/** What `reserve` is asked to do, all of it in one transaction. */
export interface ReserveInput {
  readonly booking: NewBooking;
  /** The sessions to try, earliest first; the first with room gets the booking (core `allocateSlot` is the model). */
  readonly candidates: readonly SessionSlot[];
  /** The instant of the request: the booking's `createdAt`/`updatedAt` and the message's time. */
  readonly now: Date;
  /** Active bookings with check-in deadline < `activeFrom` have lapsed (core `activeFrom(now)`); they are marked expired first. */
  readonly activeFrom: Date;
  /** Core `bindingSince(now, office)`; the rule is core `checkNumberBinding`. */
  readonly bindingSince: Date;
  /** The message being answered, recorded with its reply in the same transaction. */
  readonly message?: MessageToRecord;
}

/**
 * How a reservation ended. Only `Reserved` placed a booking; whatever the result, the applicant's
 * lapsed bookings may have been marked expired (step 2, harmless to keep).
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
  /** Only this office's booking is cancelled: another office's code is `NotFound`. */
  readonly officeId: string;
  readonly code: string;
  /** Only a booking made from this number is cancelled; any other is `NotFound`. */
  readonly phone: string;
  /** The instant of the request, written as the booking's `updatedAt`. */
  readonly now: Date;
  /** Only a booking active at `now` (check-in deadline >= `activeFrom`, core `activeFrom(now)`) is cancelled. */
  readonly activeFrom: Date;
  readonly message?: MessageToRecord;
}

/** How a cancellation ended. */
export type CancelResult =
  | { readonly type: 'Cancelled'; readonly booking: Booking; readonly reply?: Reply }
  /** Unknown code, another office's or number's booking, or no longer active (cancelled, checked in, lapsed). */
  | { readonly type: 'NotFound'; readonly booking?: Booking }
  | { readonly type: 'DuplicateMessage'; readonly reply: Reply };

/** Bookings held per slot id (active and checked-in ones: those that take a place). */
export type SlotCounts = ReadonlyMap<string, number>;

/**
 * The bookings themselves. Capacity, one active booking per applicant and number binding are
 * enforced by the store atomically: callers never check-then-insert.
 */
export interface BookingLedger {
  /**
   * Places a booking, as one atomic step, in this order:
   * 1. the message (`message.key`) is already recorded -> `DuplicateMessage` with its reply; nothing changes;
   * 2. the applicant's active bookings with check-in deadline < `activeFrom` are marked expired;
   * 3. the applicant still has an active booking (any office) -> `ApplicantHasBooking`;
   * 4. the number is bound to another applicant at or after `bindingSince` (core `checkNumberBinding`) -> `NumberBound`;
   * 5. the code exists (any office, any state) -> `CodeTaken` (the service draws another);
   * 6. the first candidate with room (core `allocateSlot` over the current counts), else `SessionsFull`;
   * 7. the booking is written, the number bound to the applicant at `now`, and the message recorded
   *    with `message.render(booking)`, all in the one transaction.
   */
  reserve(input: ReserveInput): ResultAsync<ReserveResult, StoreError>;
  /** Cancels an active, unlapsed booking of the office made from `phone`, freeing its place, with the message recorded. */
  cancel(input: CancelInput): ResultAsync<CancelResult, StoreError>;
  /** The office's booking with this code, whatever its state; another office's code is undefined. */
  findByCode(officeId: string, code: string): ResultAsync<Booking | undefined, StoreError>;
  /** The applicant's booking with status active and check-in deadline >= `activeFrom` (any office: one active booking per person). */
  findActiveByApplicant(applicantKey: string, activeFrom: Date): ResultAsync<Booking | undefined, StoreError>;
  /** How many places are taken in each slot of the office on these dates (absent slots: 0). */
  countBySlot(officeId: string, dates: readonly LocalDate[]): ResultAsync<SlotCounts, StoreError>;
}
