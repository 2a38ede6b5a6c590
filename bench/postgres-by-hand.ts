/** The postgres benchmark's baseline: the same booking by hand, one transaction of plain statements. */
import type { ReserveInput, SessionSlot } from '@antrean/core';
import type pg from 'pg';
import { rawBookingRow } from './raw-booking-row';

/** The tables the hand-written statements write: a counter per session and the bookings. */
export const rawSchemaSql = (schema: string): string[] => [
  `CREATE TABLE "${schema}".raw_slots (office_id text, slot_id text, held integer NOT NULL,
     PRIMARY KEY (office_id, slot_id))`,
  `CREATE TABLE "${schema}".raw_bookings (code text PRIMARY KEY, office_id text NOT NULL,
     applicant_key text NOT NULL, phone text NOT NULL, slot_id text NOT NULL,
     starts_at timestamptz NOT NULL, created_at timestamptz NOT NULL)`,
];

/** One transaction: the conditional counter upsert per candidate until one takes, then the insert. */
export async function placeByHand(pool: pg.Pool, schema: string, input: ReserveInput): Promise<boolean> {
  const { booking, candidates } = input;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    let slot: SessionSlot | undefined;
    for (const candidate of candidates) {
      const taken = await client.query(
        `INSERT INTO "${schema}".raw_slots AS s VALUES ($1, $2, 1)
         ON CONFLICT (office_id, slot_id) DO UPDATE SET held = s.held + 1 WHERE s.held < $3 RETURNING held`,
        [booking.officeId, candidate.slotId, candidate.capacity],
      );
      if (taken.rows.length > 0) {
        slot = candidate;
        break;
      }
    }
    if (slot) {
      await client.query(
        `INSERT INTO "${schema}".raw_bookings VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        rawBookingRow(booking, slot),
      );
    }
    await client.query('COMMIT');
    return slot !== undefined;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
