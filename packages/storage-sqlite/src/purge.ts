import type { PurgeResult } from '@antrean/core';
import type { Connection } from './connection';
import { releasePlace } from './places';

/**
 * Delete finished bookings (cancelled, expired, or active past their deadline) whose session
 * started before `before`, messages received before it (unless their reply is still pending
 * delivery) and bindings made before it; call inside one transaction. Checked-in bookings are the office's record and are kept. Counters of
 * slots with no booking left go too, so the counter table does not grow forever.
 */
export const purgeIn = (conn: Connection, before: Date): PurgeResult => {
  const cutoff = before.getTime();
  const deleted = conn.all<{ office_id: string; slot_id: string; status: string }>(
    `DELETE FROM bookings
     WHERE starts_at < ?
       AND (status IN ('cancelled', 'expired') OR (status = 'active' AND check_in_deadline < ?))
     RETURNING office_id, slot_id, status`,
    cutoff,
    cutoff,
  );
  for (const row of deleted) {
    if (row.status === 'active') releasePlace(conn, row.office_id, row.slot_id);
  }
  conn.run(
    `DELETE FROM slot_counters
     WHERE starts_at < ? AND held = 0
       AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.office_id = slot_counters.office_id AND b.slot_id = slot_counters.slot_id)`,
    cutoff,
  );
  // A reply still pending delivery is not sent yet: its message stays until it is.
  const messages = conn.run(
    "DELETE FROM messages WHERE received_at < ? AND delivery_state IS NOT 'pending'",
    cutoff,
  );
  const bindings = conn.run('DELETE FROM number_bindings WHERE bound_at < ?', cutoff);
  return { bookings: deleted.length, messages, bindings };
};
