import type { Booking, SessionSlot, StatusChange } from '@antrean/core';
import type { ClientLike } from './pool-like';
import { runNamed } from './prepared';
import { BOOKING_COLUMNS, bookingOf } from './rows';
import type { Tables } from './tables';

/**
 * Take one place in the slot: a single upsert on its counter row, which is created holding 1, or
 * whose `held` goes up by one, only while `held < capacity` (a new row only when 0 < capacity).
 * The row lock the UPDATE takes makes concurrent takers queue, and at READ COMMITTED a queued
 * taker re-checks the condition on the row as its predecessor left it, so the count can never
 * pass the capacity, whatever the number of processes.
 */
export const takePlace = async (
  client: ClientLike,
  t: Tables,
  officeId: string,
  slot: SessionSlot,
): Promise<boolean> => {
  const taken = await runNamed(
    client,
    `INSERT INTO ${t.slots} AS slot (office_id, slot_id, date, starts_at, held, capacity)
     SELECT $1, $2, $3::date, $4::timestamptz, 1, $5::int WHERE 0 < $5::int
     ON CONFLICT (office_id, slot_id) DO UPDATE SET held = slot.held + 1, capacity = $5::int
     WHERE slot.held < $5::int
     RETURNING held`,
    [officeId, slot.slotId, slot.date, slot.startsAt.toISOString(), slot.capacity],
  );
  return taken.rows.length > 0;
};

/**
 * SQL giving back the places of the bookings a preceding CTE named `released` returned (columns
 * `office_id`, `slot_id`): one decrement per booking, grouped per slot.
 */
export const releaseSql = (t: Tables): string =>
  `UPDATE ${t.slots} AS slot SET held = slot.held - freed.n
   FROM (SELECT office_id, slot_id, count(*)::int AS n FROM released GROUP BY office_id, slot_id) AS freed
   WHERE slot.office_id = freed.office_id AND slot.slot_id = freed.slot_id`;

/** The status change, with or without giving the places back in the same statement. */
const changeSql = (t: Tables, release: boolean): string =>
  `WITH released AS (
     UPDATE ${t.bookings} SET status = $3, updated_at = $4::timestamptz
     WHERE code = ANY($1::text[]) AND status = $2
     RETURNING *
   )${release ? `, freed AS (${releaseSql(t)})` : ''}
   SELECT ${BOOKING_COLUMNS} FROM released`;

/**
 * Change the status of those of the codes still in `from`, and with `release` give back each
 * changed booking's place, in one statement: a concurrent writer of the same booking waits on its
 * row lock, then finds it no longer in `from`, so exactly one of them changes it.
 */
export const changeStatus = async (
  client: ClientLike,
  t: Tables,
  change: StatusChange,
): Promise<readonly Booking[]> => {
  const changed = await runNamed(client, changeSql(t, change.release), [
    [...change.codes],
    change.from,
    change.to,
    change.at.toISOString(),
  ]);
  return changed.rows.map(bookingOf);
};
