import type { LedgerPrimitives } from '@antrean/core';
import type { ClientLike } from './pool-like';
import { runNamed } from './prepared';
import { insertMessage, messageValues } from './replies';
import { BOOKING_INSERT_COLUMNS, BOOKING_INSERT_PLACEHOLDERS, bookingValues } from './rows';
import type { Tables } from './tables';

/** A statement's placeholders moved up by `by`, so that its parameters can follow another's. */
const shifted = (sql: string, by: number): string => sql.replace(/\$(\d+)/g, (_, n) => `$${Number(n) + by}`);

/** Parameters taken by the booking and binding part: `bookingValues` ($1–$14), then the binding's four. */
const BOOKING_AND_BINDING_PARAMS = 18;

/** The condition on which the booking and its reply are written: the binding was made. */
const BOUND = 'EXISTS (SELECT 1 FROM bound)';

/**
 * The statement writing a placed booking: its row, the number's binding, and the reply with
 * `replied`, the booking and reply only once the binding is made (a refused binding writes
 * nothing, as the port promises). One round trip instead of three, which matters because the session's counter row
 * stays locked from the place taken until the commit. The binding upsert only replaces a binding
 * of the same applicant or one made before `replaceBefore` ($18), the core's threshold, compared
 * here because the guard against a concurrent binding must be atomic.
 */
const writeSql = (t: Tables, replied: string | undefined): string =>
  `WITH bound AS (
     INSERT INTO ${t.bindings} AS binding (phone, applicant_key, bound_at) VALUES ($15, $16, $17::timestamptz)
     ON CONFLICT (phone) DO UPDATE SET applicant_key = excluded.applicant_key, bound_at = excluded.bound_at
     WHERE binding.applicant_key = excluded.applicant_key OR binding.bound_at < $18::timestamptz
     RETURNING phone
   ),
   booked AS (
     INSERT INTO ${t.bookings} (${BOOKING_INSERT_COLUMNS}) SELECT ${BOOKING_INSERT_PLACEHOLDERS} WHERE ${BOUND}
   )${replied === undefined ? '' : `, replied AS (${replied})`}
   SELECT count(*)::int AS bound FROM bound`;

/**
 * Write the booking, bind the number and record the reply, if any. When a concurrent reservation
 * bound the number to another applicant after the core's check, the upsert changes no row, nothing is written and
 * this returns false (the core then throws `ConcurrentChange`, undoing the statement with the
 * rest). A unique violation (same applicant, code or message committed meanwhile) fails the
 * statement and is run again the same way.
 */
export const writeBooking = async (
  client: ClientLike,
  t: Tables,
  write: Parameters<LedgerPrimitives['writeBooking']>[0],
): Promise<boolean> => {
  const { binding, reply } = write;
  const values = [
    ...bookingValues(write.booking),
    binding.phone,
    binding.applicantKey,
    binding.at.toISOString(),
    binding.replaceBefore.toISOString(),
  ];
  const written = reply
    ? await runNamed(
        client,
        writeSql(t, shifted(insertMessage(t, reply.delivery, BOUND), BOOKING_AND_BINDING_PARAMS)),
        [...values, ...messageValues(t, reply.key, reply.reply, reply.at, reply.delivery)],
      )
    : await runNamed(client, writeSql(t, undefined), values);
  return Number(written.rows[0]?.bound) > 0;
};
