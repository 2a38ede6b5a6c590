import {
  type Booking,
  bookingInSlot,
  checkNumberBinding,
  type NumberBinding,
  type ReserveInput,
  type ReserveResult,
} from '@antrean/core';
import { expireLapsed, takePlace } from './places';
import type { ClientLike } from './pool-like';
import { runNamed } from './prepared';
import { findReplyWith } from './replies';
import { BOOKING_COLUMNS, bookingOf, flag, instant, millis } from './rows';
import type { Tables } from './tables';
import { writeBooking } from './write-booking';

type Refusal = Exclude<ReserveResult, { type: 'Reserved' | 'DuplicateMessage' }>;

interface Checks {
  /** (c) the applicant's active booking, if any (lapsed ones are already expired). */
  readonly existing: Booking | undefined;
  /** (d) the number's binding, judged by the core's `checkNumberBinding`. */
  readonly binding: NumberBinding | undefined;
  /** (e) a booking with this code exists. */
  readonly codeTaken: boolean;
}

/** Checks (c), (d) and (e) in one round trip; the caller answers them in that order. */
const readChecks = async (client: ClientLike, t: Tables, input: ReserveInput): Promise<Checks> => {
  const { booking } = input;
  const found = await runNamed(
    client,
    `SELECT checks.bound_to, checks.bound_at, checks.code_taken,
       active.code IS NOT NULL AS has_active, ${BOOKING_COLUMNS}
     FROM (SELECT binding.applicant_key AS bound_to, ${millis('binding.bound_at')} AS bound_at,
       EXISTS (SELECT 1 FROM ${t.bookings} WHERE code = $3) AS code_taken
       FROM (SELECT 1) AS one LEFT JOIN ${t.bindings} AS binding ON binding.phone = $2) AS checks
     LEFT JOIN ${t.bookings} AS active ON active.applicant_key = $1 AND active.status = 'active'`,
    [booking.applicantKey, booking.phone, booking.code],
  );
  const row = found.rows[0] ?? {};
  const binding =
    row.bound_to == null ? undefined : { applicantKey: String(row.bound_to), boundAt: instant(row.bound_at) };
  return {
    existing: flag(row.has_active) ? bookingOf(row) : undefined,
    binding,
    codeTaken: flag(row.code_taken),
  };
};

/*
 * The races, at READ COMMITTED with any number of processes (each forced in test/races.test.ts):
 * - Two takers of a session's last place: both upsert its counter row; the second waits on the
 *   first's row lock, then re-checks `held < capacity` on the committed row and moves on or refuses.
 * - One applicant from two numbers: the second booking insert waits on the unique partial index,
 *   fails with 23505 when the first commits, and the re-run answers `ApplicantHasBooking`.
 * - One message delivered twice: whichever constraint the second delivery hits first (applicant
 *   index, message key), it fails, and the re-run's first step answers `DuplicateMessage`.
 * - A delivery refused while the first delivery of its message commits (it waited on the counter
 *   row) re-reads the message before refusing and answers with the first reply instead.
 * - One code drawn twice: the primary key on `code` fails the second; the re-run answers `CodeTaken`.
 * - One number for two applicants: the second binding upsert changes no row (the row is bound to
 *   the other applicant since `bindingSince`), so the re-run answers `NumberBound`.
 * - Deadlocks (two transactions expiring and taking places in crossed order) are run again too.
 */

/**
 * The reservation, steps (a)–(g) of the port, in the caller's transaction. Races the reads
 * cannot see (an uncommitted booking of the same applicant or code, the same message, the same
 * number) surface as a unique violation or `ConcurrentChange`; the caller rolls back and runs
 * it again, and the re-run reads the winner and answers accordingly.
 */
export const reserveWith = async (
  client: ClientLike,
  t: Tables,
  input: ReserveInput,
): Promise<ReserveResult> => {
  const { booking: draft, now, message } = input;
  const duplicate = message ? await findReplyWith(client, t, message.key) : undefined;
  if (duplicate) return { type: 'DuplicateMessage', reply: duplicate };

  // A refusal is re-checked against the messages: a concurrent delivery of the same message may
  // have committed while we waited on its locks, and it must be answered with that reply.
  const refuse = async (refusal: Refusal): Promise<ReserveResult> => {
    const late = message ? await findReplyWith(client, t, message.key) : undefined;
    return late ? { type: 'DuplicateMessage', reply: late } : refusal;
  };

  await expireLapsed(client, t, draft.applicantKey, input.activeFrom, now);
  const checks = await readChecks(client, t, input);
  if (checks.existing) return refuse({ type: 'ApplicantHasBooking', existing: checks.existing });
  if (checkNumberBinding(checks.binding, draft.applicantKey, input.bindingSince).isErr()) {
    return refuse({ type: 'NumberBound' });
  }
  if (checks.codeTaken) return refuse({ type: 'CodeTaken' });
  const slot = await takePlace(client, t, draft.officeId, input.candidates);
  if (!slot) return refuse({ type: 'SessionsFull' });

  const booking = bookingInSlot(input.booking, slot, input.now);
  // Rendered before the booking row is written; a throwing renderer rolls back the place taken.
  const reply = message?.render(bookingInSlot(input.booking, slot, input.now));
  await writeBooking(client, t, booking, input, reply);
  return reply ? { type: 'Reserved', booking, reply } : { type: 'Reserved', booking };
};
