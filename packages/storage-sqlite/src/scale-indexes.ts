/**
 * Migration 6: indexes that keep every hot statement a search, not a scan, however many
 * bookings the file holds (checked by `test/query-plans.test.ts`).
 */

// bookings_by_slot: purging a slot counter asks whether a booking still points to it, and the
// foreign key asks the same on every counter deleted; without it both walk the office's bookings.
// slot_counters_by_day: countBySlot reads an office's dates, not every counter it ever had.
// slot_counters_by_start: purge finds past counters without reading the whole table.
/** The SQL of migration 6. */
export const scaleIndexes = `
CREATE INDEX bookings_by_slot ON bookings (office_id, slot_id);
CREATE INDEX slot_counters_by_day ON slot_counters (office_id, date);
CREATE INDEX slot_counters_by_start ON slot_counters (starts_at);
`;
