import type { Booking, Reply, ReserveInput } from '@antrean/core';
import type { ClientLike } from './pool-like';
import { runNamed } from './prepared';
import { insertMessage, messageValues } from './replies';
import { BOOKING_INSERT_COLUMNS, BOOKING_INSERT_PLACEHOLDERS, bookingValues } from './rows';
import type { Tables } from './tables';
import { ConcurrentChange } from './transaction';

/** A statement's placeholders moved up by `by`, so that its parameters can follow another's. */
const shifted = (sql: string, by: number): string => sql.replace(/\$(\d+)/g, (_, n) => `$${Number(n) + by}`);

/** Parameters taken by the booking and binding part: `bookingValues` ($1–$14), then `bindingSince`. */
const BOOKING_AND_BINDING_PARAMS = 15;

/**
 * The statement writing a placed booking: its row, the number's binding, and the reply with
 * `replied`. One round trip instead of three, which matters because the session's counter row
 * stays locked from the place taken until the commit. The binding upsert only replaces a binding
 * of the same applicant or one older than `bindingSince` ($15): `checkNumberBinding`'s rule in
 * SQL, there only because the guard against a concurrent binding must be atomic.
 */
const writeSql = (t: Tables, replied: string | undefined): string =>
  `WITH booked AS (
     INSERT INTO ${t.bookings} (${BOOKING_INSERT_COLUMNS}) VALUES (${BOOKING_INSERT_PLACEHOLDERS})
   ),
   bound AS (
     INSERT INTO ${t.bindings} AS binding (phone, applicant_key, bound_at) VALUES ($7, $3, $13::timestamptz)
     ON CONFLICT (phone) DO UPDATE SET applicant_key = excluded.applicant_key, bound_at = excluded.bound_at
     WHERE binding.applicant_key = excluded.applicant_key OR binding.bound_at < $15::timestamptz
     RETURNING phone
   )${replied === undefined ? '' : `, replied AS (${replied})`}
   SELECT count(*)::int AS bound FROM bound`;

/**
 * Write the booking, bind the number to its applicant and record the message's reply, if any.
 * When a concurrent reservation bound the number to another applicant after our check, the
 * upsert changes no row: the whole statement is undone with the reservation, which runs again and
 * answers `NumberBound` from the core's own check. A unique violation (same applicant, code or
 * message committed meanwhile) fails the statement and is handled the same way.
 */
export const writeBooking = async (
  client: ClientLike,
  t: Tables,
  booking: Booking,
  input: ReserveInput,
  reply: Reply | undefined,
): Promise<void> => {
  const values = [...bookingValues(booking), input.bindingSince.toISOString()];
  const { message } = input;
  const written =
    message && reply
      ? await runNamed(
          client,
          writeSql(t, shifted(insertMessage(t, message.delivery), BOOKING_AND_BINDING_PARAMS)),
          [...values, ...messageValues(t, message.key, reply, input.now, message.delivery)],
        )
      : await runNamed(client, writeSql(t, undefined), values);
  if (Number(written.rows[0]?.bound) === 0)
    throw new ConcurrentChange('the number was bound to another applicant meanwhile');
};
