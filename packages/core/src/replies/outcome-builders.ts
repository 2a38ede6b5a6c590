import { displayCode } from '../codes';
import type { Booking } from '../domain/booking';
import type { CodeState, Outcome, RejectedOutcome } from '../domain/outcome';
import type { Rejection } from '../domain/rejection';
import type { OfficeConfig } from '../office/office-config';
import { formatLocalTime, formatOffsetIso, weekdayOf, zonedInstant } from '../time';

/** The outcome of one kind, e.g. `OutcomeOf<'confirmed'>`. */
export type OutcomeOf<K extends Outcome['kind']> = Extract<Outcome, { readonly kind: K }>;

/**
 * The end of a booking's session, found again in the office's sessions (bookings store only the
 * start). Undefined when the office no longer runs a session starting then: the reply omits it.
 */
function sessionEndOf(booking: Booking, office: OfficeConfig): string | undefined {
  const start = formatLocalTime(booking.startsAt, office.timeZone);
  const weekday = weekdayOf(booking.date);
  const session = office.sessions.find((s) => s.start === start && s.days.includes(weekday));
  if (session === undefined) return undefined;
  return formatOffsetIso(zonedInstant(booking.date, session.end, office.timeZone), office.timeZone);
}

/** The booking's schedule as outcomes carry it: instants with the office's offset. */
function schedule(booking: Booking, office: OfficeConfig) {
  const sessionEnd = sessionEndOf(booking, office);
  return {
    date: booking.date,
    sessionStart: formatOffsetIso(booking.startsAt, office.timeZone),
    ...(sessionEnd === undefined ? {} : { sessionEnd }),
    checkInDeadline: formatOffsetIso(booking.checkInDeadline, office.timeZone),
  };
}

/** A booking was made: its code (`XXXX-XXXX`), date, session, check-in deadline and who it is for. */
export function confirmedOutcome(booking: Booking, office: OfficeConfig): OutcomeOf<'confirmed'> {
  const { date, sessionStart, checkInDeadline, ...end } = schedule(booking, office);
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
  return { kind: 'status', code: displayCode(booking.code), state, ...schedule(booking, office) };
}

/** The applicant asked for help, or wrote something that is no command. */
export function helpOutcome(): OutcomeOf<'help'> {
  return { kind: 'help' };
}
