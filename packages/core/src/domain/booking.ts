import type { ApplicationType } from './application-type';
import type { E164, LocalDate, LocalTime } from './local-date';

/** Who an applicant is: a name and a birth date identify one person across phone numbers. */
export interface Applicant {
  /** The name as parsed: trimmed, spaces collapsed, NFKC, upper case (messages are case-insensitive). */
  readonly name: string;
  /** Birth date, `YYYY-MM-DD`. */
  readonly birthDate: LocalDate;
}

/** The lifecycle state a store keeps. `expired` is derived from time, see `codeState`. */
export type StoredBookingStatus = 'active' | 'checked_in' | 'cancelled' | 'expired';

/** One session on one date: the unit whose capacity is enforced. */
export interface SessionSlot {
  /** Stable id of the session on its date: `YYYY-MM-DD@HH:MM` (date and local start). */
  readonly slotId: string;
  readonly date: LocalDate;
  /** Local start and end times, `HH:MM`. */
  readonly start: LocalTime;
  readonly end: LocalTime;
  /** The session's start as a UTC instant. */
  readonly startsAt: Date;
  /** The last instant the applicant may check in (start minus `arriveMinutesBefore`). */
  readonly checkInDeadline: Date;
  /** How many bookings the session takes. */
  readonly capacity: number;
}

/** A booking as the store holds it. */
export interface Booking {
  /** Booking code, 8 canonical characters without the dash. */
  readonly code: string;
  readonly officeId: string;
  /** Normalized identity of the applicant (see `applicantKey`), unique among active bookings. */
  readonly applicantKey: string;
  readonly applicant: Applicant;
  readonly applicationType: ApplicationType;
  /** The number that made the booking; only it may see or cancel it. */
  readonly phone: E164;
  readonly slotId: string;
  readonly date: LocalDate;
  readonly startsAt: Date;
  readonly checkInDeadline: Date;
  readonly status: StoredBookingStatus;
  readonly createdAt: Date;
  /** When the booking last changed state (cancelled or checked in). */
  readonly updatedAt: Date;
}
