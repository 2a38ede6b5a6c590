import type { ResultAsync } from 'neverthrow';
import type { Booking } from '../domain/booking';
import type { LocalDate } from '../domain/local-date';
import type { StoreError } from './store-error';

/** What `markCheckedIn` is asked to do. */
export interface MarkCheckedInInput {
  /** Only this office's booking is checked in; another office's code is not seen. */
  readonly officeId: string;
  /** The canonical code (8 characters, no dash). */
  readonly code: string;
  /** The instant of the check-in, written as the booking's `updatedAt`. */
  readonly at: Date;
  /** The core's `activeFrom(at)`: a booking whose check-in deadline is before it has lapsed. */
  readonly activeFrom: Date;
}

/** `Unchanged`: not this office's code (no booking), or no longer active / lapsed at `activeFrom` (booking as stored). */
export type MarkCheckedInResult =
  | { readonly type: 'CheckedIn'; readonly booking: Booking }
  | { readonly type: 'Unchanged'; readonly booking?: Booking };

/** The counter's queries. A later desk adds its own port beside this one instead of widening it. */
export interface CheckInDesk {
  /**
   * Atomically: status active AND check-in deadline >= `activeFrom` AND office matches -> checked
   * in at `at`. The window's opening is the core's rule (`checkInWindow`), checked before the call.
   */
  markCheckedIn(input: MarkCheckedInInput): ResultAsync<MarkCheckedInResult, StoreError>;
  /** Every booking of the office on a date, ordered by session start then creation: the officer's day list. */
  listByDate(officeId: string, date: LocalDate): ResultAsync<readonly Booking[], StoreError>;
}
