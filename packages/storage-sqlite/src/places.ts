import type { SessionSlot } from '@antrean/core';
import type { Connection } from './connection';

/**
 * One more place held in the slot while fewer than `slot.capacity` are: a conditional increment
 * of the slot's counter, so the count and the check are one statement (the CHECK held <= capacity
 * backs it up). The core decides which capacities can take bookings at all. Returns whether a
 * place was taken; call inside the reserving transaction.
 */
export const takePlace = (conn: Connection, officeId: string, slot: SessionSlot): boolean => {
  conn.run(
    `INSERT INTO slot_counters (office_id, slot_id, date, starts_at, capacity, held)
     VALUES (?, ?, ?, ?, ?, 0) ON CONFLICT (office_id, slot_id) DO NOTHING`,
    officeId,
    slot.slotId,
    slot.date,
    slot.startsAt.getTime(),
    slot.capacity,
  );
  // The capacity in force is the caller's; the row keeps the one the last placement obeyed.
  const taken = conn.run(
    `UPDATE slot_counters SET held = held + 1, capacity = ?
     WHERE office_id = ? AND slot_id = ? AND held < ?`,
    slot.capacity,
    officeId,
    slot.slotId,
    slot.capacity,
  );
  return taken === 1;
};

/** Give back a place (a booking stopped holding one: cancelled, expired or purged). */
export const releasePlace = (conn: Connection, officeId: string, slotId: string): void => {
  conn.run(
    'UPDATE slot_counters SET held = held - 1 WHERE office_id = ? AND slot_id = ? AND held > 0',
    officeId,
    slotId,
  );
};
