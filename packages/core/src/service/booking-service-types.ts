import type { ResultAsync } from 'neverthrow';
import type { Booking } from '../domain/booking';
import type { LocalDate } from '../domain/local-date';
import type { CodeState, Outcome } from '../domain/outcome';
import type { Language, OfficeConfig } from '../office/office-config';
import type { BookingStore } from '../ports/booking-store';
import type { Clock } from '../ports/clock';
import type { CodeGenerator } from '../ports/code-generator';
import type { InboundMessage } from '../ports/message-transport';
import type { StoreError } from '../ports/store-error';

/** What the booking service needs: the office it serves and the ports it drives. */
export interface BookingServiceDeps {
  readonly office: OfficeConfig;
  readonly store: BookingStore;
  readonly clock: Clock;
  readonly generateCode: CodeGenerator;
  /** Reply language; defaults to the office's `language`. */
  readonly language?: Language;
}

/** A dependency `createBookingService` refused at construction, named so the host's author sees which. */
export interface InvalidDependency {
  readonly type: 'InvalidDependency';
  /** The service's dependency, or the `createReplyDispatcher` option, that was refused. */
  readonly dependency:
    | 'office'
    | 'store'
    | 'clock'
    | 'generateCode'
    | 'language'
    | 'outbox'
    | 'send'
    | 'random'
    | 'newId'
    | 'ratePerSecond'
    | 'recipientIntervalMs'
    | 'recipientBurst'
    | 'backoff'
    | 'leaseMs'
    | 'batchSize'
    | 'idleWaitMs'
    | 'onEvent'
    | 'sleep'
    | 'maxTextLength';
  readonly message: string;
}

/** The code generator threw or returned junk on every attempt: a host fault, not the store's. */
export interface CodeGeneratorFailed {
  readonly type: 'CodeGeneratorFailed';
  readonly message: string;
  readonly cause?: unknown;
}

/** Why the service could not answer: only infrastructure; applicant errors are outcomes. */
export type ServiceError = StoreError | CodeGeneratorFailed;

/** The answer to one inbound message. */
export interface HandledMessage {
  /**
   * Where to send the reply: the sender in E.164, or, when it could not be read, the `from` as
   * given, cleaned of control characters and cut to 64 characters.
   */
  readonly to: string;
  readonly text: string;
  readonly outcome: Outcome;
  /**
   * True when another delivery of this message was answered first and this is that reply,
   * unchanged. A transport that answers inside the webhook response sends it again; one that
   * sends through a provider API may skip it, since the first delivery sent it.
   */
  readonly replayed: boolean;
}

/** How a counter check-in ended. */
export type CheckInResult =
  | { readonly type: 'CheckedIn'; readonly booking: Booking }
  /** Not a code: wrong shape or check character. */
  | { readonly type: 'InvalidCode' }
  /** Unknown, or another office's code. */
  | { readonly type: 'NotFound' }
  /** The window has not opened; it opens at `opensAt` (also: a booking for a later day). */
  | { readonly type: 'TooEarly'; readonly booking: Booking; readonly opensAt: Date }
  /** Hangus: the check-in deadline passed (or its date is past). */
  | { readonly type: 'Expired'; readonly booking: Booking }
  | { readonly type: 'Cancelled'; readonly booking: Booking }
  | { readonly type: 'AlreadyCheckedIn'; readonly booking: Booking };

/** One line of the officer's day list: a booking and its state at the time asked. */
export interface DayListEntry {
  readonly booking: Booking;
  readonly state: CodeState;
}

/** The booking service: turns applicant messages into outcomes and replies, and serves officers. */
export interface BookingService {
  /** Answer one message. Redelivered messages (same channel, sender and id) get the first reply again. */
  handle(message: InboundMessage): ResultAsync<HandledMessage, ServiceError>;
  /** Counter check-in at this office (code in any accepted form, spaces allowed). */
  checkIn(code: string): ResultAsync<CheckInResult, ServiceError>;
  /** The office's bookings on a date with each one's state at the clock's now. */
  dayList(date: LocalDate): ResultAsync<readonly DayListEntry[], ServiceError>;
}
