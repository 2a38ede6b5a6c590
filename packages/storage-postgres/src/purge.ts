import type { PurgeResult } from '@antrean/core';
import { releaseSql } from './places';
import type { ClientLike } from './pool-like';
import type { Tables } from './tables';

/**
 * Delete finished bookings of sessions that started before `before` (cancelled, expired, and
 * active ones past their deadline, whose places are given back), messages received before it
 * (unless their reply is still pending delivery), bindings made before it, and slot counters of
 * such sessions that hold nothing. Active bookings before their deadline and checked-in bookings
 * (the office's record) are never touched.
 * A counter row deleted here is simply created again by the next reservation's upsert.
 */
export const purgeWith = async (client: ClientLike, t: Tables, before: Date): Promise<PurgeResult> => {
  const cutoff = before.toISOString();
  const bookings = await client.query(
    `WITH gone AS (
       DELETE FROM ${t.bookings}
       WHERE starts_at < $1::timestamptz
         AND (status IN ('cancelled', 'expired') OR (status = 'active' AND check_in_deadline < $1::timestamptz))
       RETURNING office_id, slot_id, status
     ),
     released AS (SELECT office_id, slot_id FROM gone WHERE status = 'active'),
     freed AS (${releaseSql(t)})
     SELECT count(*)::int AS n FROM gone`,
    [cutoff],
  );
  // A reply still pending delivery is not sent yet: its message stays until it is.
  const messages = await client.query(
    `DELETE FROM ${t.messages}
     WHERE received_at < $1::timestamptz AND delivery_state IS DISTINCT FROM 'pending'`,
    [cutoff],
  );
  const bindings = await client.query(`DELETE FROM ${t.bindings} WHERE bound_at < $1::timestamptz`, [cutoff]);
  await client.query(`DELETE FROM ${t.slots} WHERE held = 0 AND starts_at < $1::timestamptz`, [cutoff]);
  return {
    bookings: Number(bookings.rows[0]?.n ?? 0),
    messages: messages.rowCount ?? 0,
    bindings: bindings.rowCount ?? 0,
  };
};
