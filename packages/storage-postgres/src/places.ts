import type { SessionSlot } from '@antrean/core';
import type { ClientLike } from './pool-like';
import { runNamed } from './prepared';
import type { Tables } from './tables';

/**
 * Take one place in the first candidate with room. Each try is a single upsert on the slot's
 * counter row: the row is created holding 1, or its `held` goes up by one only while below the
 * capacity. The row lock that UPDATE takes makes concurrent takers queue, and at READ COMMITTED
 * a queued taker re-checks `held < capacity` on the row as its predecessor left it, so the
 * count can never pass the capacity, whatever the number of processes.
 */
export const takePlace = async (
  client: ClientLike,
  t: Tables,
  officeId: string,
  candidates: readonly SessionSlot[],
): Promise<SessionSlot | undefined> => {
  for (const slot of candidates) {
    if (!(slot.capacity > 0)) continue; // a new counter row starts at 1, too many for capacity 0
    const taken = await runNamed(
      client,
      `INSERT INTO ${t.slots} AS slot (office_id, slot_id, date, starts_at, held, capacity)
       VALUES ($1, $2, $3::date, $4::timestamptz, 1, $5)
       ON CONFLICT (office_id, slot_id) DO UPDATE SET held = slot.held + 1, capacity = $5
       WHERE slot.held < $5
       RETURNING held`,
      [officeId, slot.slotId, slot.date, slot.startsAt.toISOString(), slot.capacity],
    );
    if (taken.rows.length > 0) return slot;
  }
  return undefined;
};

/**
 * SQL that gives back the places of the bookings a preceding CTE named `released` returned
 * (columns `office_id`, `slot_id`), one decrement per booking, grouped per slot.
 */
export const releaseSql = (t: Tables): string =>
  `UPDATE ${t.slots} AS slot SET held = slot.held - freed.n
   FROM (SELECT office_id, slot_id, count(*)::int AS n FROM released GROUP BY office_id, slot_id) AS freed
   WHERE slot.office_id = freed.office_id AND slot.slot_id = freed.slot_id`;

/**
 * Mark the applicant's active bookings whose deadline is before `activeFrom` (the core's
 * threshold) as expired at `now` and give back their places, in one statement.
 */
export const expireLapsed = async (
  client: ClientLike,
  t: Tables,
  applicantKey: string,
  activeFrom: Date,
  now: Date,
): Promise<void> => {
  await runNamed(
    client,
    `WITH released AS (
       UPDATE ${t.bookings} SET status = 'expired', updated_at = $3::timestamptz
       WHERE applicant_key = $1 AND status = 'active' AND check_in_deadline < $2::timestamptz
       RETURNING office_id, slot_id
     )
     ${releaseSql(t)}`,
    [applicantKey, activeFrom.toISOString(), now.toISOString()],
  );
};
