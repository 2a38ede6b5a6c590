import type { ResultAsync } from 'neverthrow';
import type { Booking } from '../domain/booking';
import type { LocalDate } from '../domain/local-date';
import type { Outcome } from '../domain/outcome';
import type { Language, OfficeConfig } from '../office/office-config';
import type { BookingStore, CheckInResult, StoreError } from '../ports/booking-store';
import type { Clock } from '../ports/clock';
import type { CodeGenerator } from '../ports/code-generator';
import type { InboundMessage } from '../ports/message-transport';

/** What the booking service needs: the office it serves and the ports it drives. */
export interface BookingServiceDeps {
  readonly office: OfficeConfig;
  readonly store: BookingStore;
  readonly clock: Clock;
  readonly generateCode: CodeGenerator;
  /** Reply language; defaults to the office's `language`. */
  readonly language?: Language;
}

/** The answer to one inbound message. */
export interface HandledMessage {
  /** Where to send the reply: the sender in E.164, or as given when it could not be read. */
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

/** Why the service could not answer: only infrastructure; applicant errors are outcomes. */
export type ServiceError = StoreError;

/** The booking service: turns applicant messages into outcomes and replies, and serves officers. */
export interface BookingService {
  /** Answer one message. Redelivered messages (same channel and id) get the first reply again. */
  handle(message: InboundMessage): ResultAsync<HandledMessage, ServiceError>;
  /** Check an applicant in at the counter (code in any accepted form). */
  checkIn(code: string): ResultAsync<CheckInResult | { readonly type: 'InvalidCode' }, ServiceError>;
  /** The office's bookings on a date, for the officer's day list. */
  dayList(date: LocalDate): ResultAsync<readonly Booking[], ServiceError>;
}
