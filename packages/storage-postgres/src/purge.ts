import type { PurgeResult, PurgeThresholds } from '@antrean/core';
import { releaseSql } from './places';
import type { ClientLike } from './pool-like';
import type { Tables } from './tables';

/**
 * Delete what the core's thresholds name: bookings of sessions starting before `sessionBefore`
 * that are cancelled, expired, or active with a deadline before `lapsedBefore` (those give their
 * places back); messages received before `messagesBefore` unless their reply is still pending
 * delivery; bindings made before `bindingsBefore`; and counters of such sessions that hold
 * nothing (the next reservation's upsert creates a counter again). Checked-in bookings stay.
 */
export const purgeRows = async (
  client: ClientLike,
  t: Tables,
  before: PurgeThresholds,
): Promise<PurgeResult> => {
  const bookings = await client.query(
    `WITH gone AS (
       DELETE FROM ${t.bookings}
       WHERE starts_at < $1::timestamptz
         AND (status IN ('cancelled', 'expired') OR (status = 'active' AND check_in_deadline < $2::timestamptz))
       RETURNING office_id, slot_id, status
     ),
     released AS (SELECT office_id, slot_id FROM gone WHERE status = 'active'),
     freed AS (${releaseSql(t)})
     SELECT count(*)::int AS n FROM gone`,
    [before.sessionBefore.toISOString(), before.lapsedBefore.toISOString()],
  );
  const messages = await client.query(
    `DELETE FROM ${t.messages}
     WHERE received_at < $1::timestamptz AND delivery_state IS DISTINCT FROM 'pending'`,
    [before.messagesBefore.toISOString()],
  );
  const bindings = await client.query(`DELETE FROM ${t.bindings} WHERE bound_at < $1::timestamptz`, [
    before.bindingsBefore.toISOString(),
  ]);
  await client.query(`DELETE FROM ${t.slots} WHERE held = 0 AND starts_at < $1::timestamptz`, [
    before.sessionBefore.toISOString(),
  ]);
  return {
    bookings: Number(bookings.rows[0]?.n ?? 0),
    messages: messages.rowCount ?? 0,
    bindings: bindings.rowCount ?? 0,
  };
};
