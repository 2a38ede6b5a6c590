import { displayCode } from '../codes';
import type { Booking } from '../domain/booking';
import type { CodeState, Outcome, RejectedOutcome } from '../domain/outcome';
import type { Rejection } from '../domain/rejection';
import type { OfficeConfig } from '../office/office-config';
import { bookingSchedule } from './booking-schedule';

/** The outcome of one kind, e.g. `OutcomeOf<'confirmed'>`. */
export type OutcomeOf<K extends Outcome['kind']> = Extract<Outcome, { readonly kind: K }>;

/** A booking was made: its code (`XXXX-XXXX`), date, session, check-in deadline and who it is for. */
export function confirmedOutcome(booking: Booking, office: OfficeConfig): OutcomeOf<'confirmed'> {
  const { date, sessionStart, checkInDeadline, ...end } = bookingSchedule(booking, office);
  return {
    kind: 'confirmed',
    code: displayCode(booking.code),
    date,
    sessionStart,
    ...end,
    checkInDeadline,
    applicationType: booking.applicationType,
    name: booking.applicant.name,
    birthDate: booking.applicant.birthDate,
  };
}

/** A refusal: `reason` is the rejection's type, every other field copied unchanged. */
export function rejectedOutcome(rejection: Rejection): RejectedOutcome {
  const { type, ...fields } = rejection;
  // TypeScript cannot follow a rest spread through the union; the shape is the mapped one by construction.
  return { kind: 'rejected', reason: type, ...fields } as RejectedOutcome;
}

/** A booking was cancelled and its place freed. */
export function cancelledOutcome(booking: Booking): OutcomeOf<'cancelled'> {
  return { kind: 'cancelled', code: displayCode(booking.code) };
}

/** Where a booking stands at an instant (`state` from `codeState`), for its own number. */
export function statusOutcome(booking: Booking, state: CodeState, office: OfficeConfig): OutcomeOf<'status'> {
  return { kind: 'status', code: displayCode(booking.code), state, ...bookingSchedule(booking, office) };
}

/** The applicant asked for help, or wrote something that is no command. */
export function helpOutcome(): OutcomeOf<'help'> {
  return { kind: 'help' };
}
