import type { SqliteDatabase } from '@antrean/storage-sqlite';

/**
 * Every way the rows of a database break capacity, read with raw SQL: a slot whose held
 * bookings exceed its counter's capacity, a counter that disagrees with COUNT(*) of its held
 * bookings, a booking without a counter, or an applicant with two active bookings. Empty: sound.
 */
export const checkSlots = (db: SqliteDatabase): string[] => {
  const problems: string[] = [];
  const slots = db
    .prepare(
      `SELECT c.office_id, c.slot_id, c.held, c.capacity,
              (SELECT COUNT(*) FROM bookings b WHERE b.office_id = c.office_id AND b.slot_id = c.slot_id
                 AND b.status IN ('active', 'checked_in')) AS counted
       FROM slot_counters c`,
    )
    .all() as { office_id: string; slot_id: string; held: number; capacity: number; counted: number }[];
  for (const s of slots) {
    const name = `${s.office_id}/${s.slot_id}`;
    if (s.counted > s.capacity) problems.push(`${name}: ${s.counted} held, capacity ${s.capacity}`);
    if (s.counted !== s.held) problems.push(`${name}: counter ${s.held}, rows ${s.counted}`);
  }
  const orphans = db
    .prepare(
      `SELECT COUNT(*) AS n FROM bookings b
       WHERE NOT EXISTS (SELECT 1 FROM slot_counters c WHERE c.office_id = b.office_id AND c.slot_id = b.slot_id)`,
    )
    .get() as { n: number };
  if (orphans.n > 0) problems.push(`${orphans.n} bookings without a slot counter`);
  const twice = db
    .prepare(
      `SELECT applicant_key FROM bookings WHERE status = 'active' GROUP BY applicant_key HAVING COUNT(*) > 1`,
    )
    .all() as { applicant_key: string }[];
  for (const row of twice) problems.push(`${row.applicant_key}: more than one active booking`);
  return problems;
};
