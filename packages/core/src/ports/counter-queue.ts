import type { ResultAsync } from 'neverthrow';
import type { AuditEntry } from '../domain/audit-entry';
import type { Booking } from '../domain/booking';
import type { LocalDate } from '../domain/local-date';
import type { QueueTicket } from '../domain/queue-ticket';
import type { StoreError } from './store-error';

/** What `checkInWithTicket` is asked to do, in one transaction. */
export interface TicketCheckInInput {
  readonly officeId: string;
  /** The canonical code (8 characters, no dash). */
  readonly code: string;
  readonly at: Date;
  /** The core's `activeFrom(at)`, as for `markCheckedIn`. */
  readonly activeFrom: Date;
  /** The ticket's prefix, chosen by the desk from the booking's application type. */
  readonly seriesFor: (booking: Booking) => string;
  readonly officer: string;
}

/** `Unchanged`: as `markCheckedIn`'s; a booking already checked in comes with the ticket it got. */
export type TicketCheckInResult =
  | { readonly type: 'CheckedIn'; readonly booking: Booking; readonly ticket: QueueTicket }
  | { readonly type: 'Unchanged'; readonly booking?: Booking; readonly ticket?: QueueTicket };

/** A walk-in number, in one transaction with its audit row. */
export interface WalkInInput {
  readonly officeId: string;
  readonly date: LocalDate;
  readonly series: string;
  /** Why (lost passport, damaged passport…): kept on the ticket and in the audit row. */
  readonly reason: string;
  readonly at: Date;
  readonly officer: string;
}

/** A counter's action on the office's day. */
export interface CounterActionInput {
  readonly officeId: string;
  readonly date: LocalDate;
  /** The counter (loket), as the officer names it: `1`, `2`, `A3`. */
  readonly counter: string;
  readonly at: Date;
  readonly officer: string;
}

/** `callNext` also takes the walk-in ratio, given to the core's `chooseNextTicket`. */
export interface CallNextInput extends CounterActionInput {
  /** One walk-in is called after this many booking calls when both wait (at least 1). */
  readonly walkInEvery: number;
}

/** How a counter action ended. */
export type CounterActionResult =
  /** `callNext` and `recall`: the ticket now called at this counter. `served`/`absent`: the finished ticket. */
  | { readonly type: 'Done'; readonly ticket: QueueTicket }
  /** `callNext`: nobody waits. */
  | { readonly type: 'QueueEmpty' }
  /** `callNext`: this counter's called ticket must be marked served or absent first. */
  | { readonly type: 'CounterBusy'; readonly ticket: QueueTicket }
  /** `recall`, `served`, `absent`: this counter has no ticket called. */
  | { readonly type: 'NothingCalled' };

/** Audit rows of an office, newest first. */
export interface AuditQuery {
  readonly officeId: string;
  /** Rows with `at` in [from, to). */
  readonly from: Date;
  readonly to: Date;
  readonly limit: number;
  /** Paging: only rows with a smaller id. */
  readonly beforeId?: number;
}

/**
 * The desk's queue numbers and audit trail. Every method that changes a ticket writes its audit
 * row in the same transaction; the audit table is never updated or deleted (not even by purge).
 * Concurrent calls from several desks and processes never hand out one number twice nor call one
 * ticket at two counters.
 */
export interface CounterQueue {
  /**
   * Atomically: `markCheckedIn`'s conditions hold -> booking checked in, ticket issued with the
   * next sequence of (office, booking date, `seriesFor(booking)`), audit row `check_in`.
   */
  checkInWithTicket(input: TicketCheckInInput): ResultAsync<TicketCheckInResult, StoreError>;
  /** The next walk-in number of (office, date, series), with its audit row `walk_in`. */
  issueWalkIn(input: WalkInInput): ResultAsync<QueueTicket, StoreError>;
  /** The counter calls the ticket the core's `chooseNextTicket` picks from the day's tickets; audit `call`. */
  callNext(input: CallNextInput): ResultAsync<CounterActionResult, StoreError>;
  /** The counter's called ticket is called again (`calls` + 1, `calledAt` now); audit `recall`. */
  recall(input: CounterActionInput): ResultAsync<CounterActionResult, StoreError>;
  /** The counter's called ticket ends as `served` or `absent`; audit row of that name. */
  finishCall(
    input: CounterActionInput & { readonly outcome: 'served' | 'absent' },
  ): ResultAsync<CounterActionResult, StoreError>;
  /** Every ticket of the office's day, in issue order. */
  listTickets(officeId: string, date: LocalDate): ResultAsync<readonly QueueTicket[], StoreError>;
  /** The ticket a booking got at check-in, if any. */
  findTicketByCode(officeId: string, code: string): ResultAsync<QueueTicket | undefined, StoreError>;
  /** The office's audit rows, newest first. */
  listAudit(query: AuditQuery): ResultAsync<readonly AuditEntry[], StoreError>;
  /**
   * The expiry sweep: active bookings (of `officeId`, or all offices) with check-in deadline <
   * `activeFrom` become `expired`, `updatedAt` = `at`. Returns how many changed.
   */
  expireLapsed(input: {
    readonly activeFrom: Date;
    readonly at: Date;
    readonly officeId?: string;
  }): ResultAsync<number, StoreError>;
}
