import type { PurgeResult, PurgeThresholds } from '@antrean/core';
import type { Connection } from './connection';
import { releasePlace } from './places';

/**
 * Delete what the core's thresholds name: bookings whose session starts before `sessionBefore`
 * that are cancelled, expired, or active with a deadline before `lapsedBefore`; messages received
 * before `messagesBefore` unless their reply is still pending delivery; bindings made before
 * `bindingsBefore`. Checked-in bookings are the office's record and stay. Counters of slots with
 * no booking left go too, so the counter table does not grow forever. Call inside one transaction.
 */
export const purgeRowsIn = (conn: Connection, thresholds: PurgeThresholds): PurgeResult => {
  const sessionBefore = thresholds.sessionBefore.getTime();
  const deleted = conn.all<{ office_id: string; slot_id: string; status: string }>(
    `DELETE FROM bookings
     WHERE starts_at < ?
       AND (status IN ('cancelled', 'expired') OR (status = 'active' AND check_in_deadline < ?))
     RETURNING office_id, slot_id, status`,
    sessionBefore,
    thresholds.lapsedBefore.getTime(),
  );
  // An active row held a place: the counter follows the rows.
  for (const row of deleted) {
    if (row.status === 'active') releasePlace(conn, row.office_id, row.slot_id);
  }
  conn.run(
    `DELETE FROM slot_counters
     WHERE starts_at < ? AND held = 0
       AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.office_id = slot_counters.office_id AND b.slot_id = slot_counters.slot_id)`,
    sessionBefore,
  );
  // A reply still pending delivery is not sent yet: its message stays until it is.
  const messages = conn.run(
    "DELETE FROM messages WHERE received_at < ? AND delivery_state IS NOT 'pending'",
    thresholds.messagesBefore.getTime(),
  );
  const bindings = conn.run(
    'DELETE FROM number_bindings WHERE bound_at < ?',
    thresholds.bindingsBefore.getTime(),
  );
  return { bookings: deleted.length, messages, bindings };
};
