import type { NewAuditEntry } from '../desk/audit-record';
import type { Booking, SessionSlot, StoredBookingStatus } from '../domain/booking';
import type { LocalDate } from '../domain/local-date';
import type { Reply } from '../domain/outcome';
import type { QueueTicket, TicketStatus } from '../domain/queue-ticket';
import type { NumberBinding } from '../rules/number-binding';
import type { MessageKey } from './message-key';
import type { ReplyDelivery } from './reply-outbox';
import type { PurgeResult } from './store-maintenance';

/** What `reserveFacts` reads in one go: everything steps 1 and 3–5 of a reservation judge. */
export interface ReserveFacts {
  /** The reply already recorded for the message, if it was answered before. */
  readonly reply?: Reply;
  /** The applicant's booking with status `active` (any office, any deadline: the core judges lapse). */
  readonly active?: Booking;
  /** The number's binding, if any. */
  readonly binding?: NumberBinding;
  /** A booking with this code exists (any office, any state). */
  readonly codeTaken: boolean;
}

/** A message's reply to record, with its delivery when the reply is sent through a provider's API. */
export interface ReplyRecord {
  readonly key: MessageKey;
  readonly reply: Reply;
  readonly at: Date;
  readonly delivery?: ReplyDelivery;
}

/** The number binding `writeBooking` makes: it replaces only the same applicant's or one bound before `replaceBefore`. */
export interface BindingWrite {
  readonly phone: string;
  readonly applicantKey: string;
  readonly at: Date;
  /** The core's `bindingSince`: a binding to another applicant at or after it stays, and the write reports it. */
  readonly replaceBefore: Date;
}

/** A conditional change of bookings' status; only rows in status `from` change. */
export interface StatusChange {
  readonly codes: readonly string[];
  readonly from: StoredBookingStatus;
  readonly to: StoredBookingStatus;
  readonly at: Date;
  /** Give back each changed booking's place in its slot (cancel, expire). */
  readonly release: boolean;
}

/** What a purge deletes, as thresholds the core computes. */
export interface PurgeThresholds {
  /** Bookings whose session starts before this… */
  readonly sessionBefore: Date;
  /** …and that are cancelled, expired, or active with a check-in deadline before this. */
  readonly lapsedBefore: Date;
  /** Messages received before this, unless their reply is still pending delivery. */
  readonly messagesBefore: Date;
  /** Number bindings made before this. */
  readonly bindingsBefore: Date;
}

/**
 * The store primitives the core's use cases run over, inside one transaction (`Transactor`). Each
 * is a plain read or a conditional write keyed by values the core computed; none decides an
 * outcome. A primitive rejects its promise on a store failure; the transaction that runs it turns
 * that into a `StoreError` (or a retry), so nothing is thrown past `transact`.
 */
export interface LedgerPrimitives {
  /** The reply, the applicant's active booking, the binding and whether the code exists, read together. */
  reserveFacts(query: {
    readonly key?: MessageKey;
    readonly applicantKey: string;
    readonly phone: string;
    readonly code: string;
  }): Promise<ReserveFacts>;
  /** The reply recorded for a message, if any. */
  findReply(key: MessageKey): Promise<Reply | undefined>;
  /** The booking with this code, any office, any state. */
  findBooking(code: string): Promise<Booking | undefined>;
  /** Active bookings with check-in deadline before `before` (of one office, or all), at most `limit`. */
  lapsedBookings(query: {
    readonly before: Date;
    readonly officeId?: string;
    readonly limit: number;
  }): Promise<readonly Booking[]>;
  /** Change the status of those of `codes` that are in `from`; returns the changed bookings as now stored. */
  changeStatus(change: StatusChange): Promise<readonly Booking[]>;
  /** One more place held in the slot only while fewer than `slot.capacity` are held; true when taken. */
  takePlace(officeId: string, slot: SessionSlot): Promise<boolean>;
  /**
   * Insert the booking (unique code; one active booking per applicant), bind the number and record
   * the reply, together. False when the binding was refused: nothing is kept and the caller retries.
   */
  writeBooking(write: {
    readonly booking: Booking;
    readonly binding: BindingWrite;
    readonly reply?: ReplyRecord;
  }): Promise<boolean>;
  /** Record a message's reply (pending delivery with `delivery`); false, and nothing written, if it had one. */
  recordReply(record: ReplyRecord): Promise<boolean>;
  /** Serialise changes to the office day's tickets until the transaction ends (a no-op where writes are serial). */
  lockDay(officeId: string, date: LocalDate): Promise<void>;
  /** Every ticket of the office day, in issue order. */
  dayTickets(officeId: string, date: LocalDate): Promise<readonly QueueTicket[]>;
  /** The ticket a booking got at check-in, if any. */
  ticketOfCode(officeId: string, code: string): Promise<QueueTicket | undefined>;
  /** The next value (1, 2, …) of the series of the office day: one more than the highest issued. */
  nextSequence(officeId: string, date: LocalDate, series: string): Promise<number>;
  /** Insert a new ticket (number unique per office day). */
  insertTicket(ticket: QueueTicket): Promise<void>;
  /** Replace the ticket's row (office, date, number) only while its status is `expect`; true when it did. */
  updateTicket(ticket: QueueTicket, expect: TicketStatus): Promise<boolean>;
  /** Append a row to the audit trail (never updated or deleted). */
  appendAudit(entry: NewAuditEntry): Promise<void>;
  /** Delete what the thresholds name, keeping checked-in bookings and replies still pending delivery. */
  purgeRows(thresholds: PurgeThresholds): Promise<PurgeResult>;
}
