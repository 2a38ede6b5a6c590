/** The mysql benchmark's baseline: the same booking by hand, one transaction of plain statements. */
import type { ReserveInput, SessionSlot } from '@antrean/core';
import type { Pool, PoolConnection, ResultSetHeader } from 'mysql2/promise';
import { rawBookingRow } from './raw-booking-row';

/** The tables the hand-written statements write in `database`: a counter per session and the bookings. */
export const rawSchemaSql = (database: string): string[] => [
  `CREATE TABLE \`${database}\`.raw_slots (office_id varchar(64), slot_id varchar(64), held integer NOT NULL,
     PRIMARY KEY (office_id, slot_id)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4`,
  `CREATE TABLE \`${database}\`.raw_bookings (code varchar(32) PRIMARY KEY, office_id varchar(64) NOT NULL,
     applicant_key varchar(255) NOT NULL, phone varchar(32) NOT NULL, slot_id varchar(64) NOT NULL,
     starts_at datetime(3) NOT NULL, created_at datetime(3) NOT NULL) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4`,
];

/** Deadlock and lock wait timeout: InnoDB rolled the transaction back, so it is simply run again. */
const RETRYABLE = new Set([1213, 1205]);

/** Takes a seat of `slot` if it has one: the conditional increment, else the row created and tried
 * once more (MySQL has no `ON CONFLICT … WHERE … RETURNING`, and `ON DUPLICATE KEY` reports an
 * unchanged row like an inserted one under the driver's found-rows flag). */
const take = async (conn: PoolConnection, officeId: string, slot: SessionSlot): Promise<boolean> => {
  const increment = () =>
    conn.query<ResultSetHeader>(
      'UPDATE raw_slots SET held = held + 1 WHERE office_id = ? AND slot_id = ? AND held < ?',
      [officeId, slot.slotId, slot.capacity],
    );
  if ((await increment())[0].affectedRows > 0) return true;
  await conn.query('INSERT IGNORE INTO raw_slots VALUES (?, ?, 0)', [officeId, slot.slotId]);
  return (await increment())[0].affectedRows > 0;
};

const attempt = async (conn: PoolConnection, { booking, candidates }: ReserveInput): Promise<boolean> => {
  await conn.query('START TRANSACTION');
  try {
    let slot: SessionSlot | undefined;
    for (const candidate of candidates) {
      if (await take(conn, booking.officeId, candidate)) {
        slot = candidate;
        break;
      }
    }
    if (slot) {
      await conn.query('INSERT INTO raw_bookings VALUES (?, ?, ?, ?, ?, ?, ?)', rawBookingRow(booking, slot));
    }
    await conn.query('COMMIT');
    return slot !== undefined;
  } catch (error) {
    await conn.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
};

/** One transaction: a seat in the first candidate that has one, then the booking; retried on a
 * deadlock or lock wait timeout, as the store retries its batch. */
export async function placeByHand(pool: Pool, input: ReserveInput): Promise<boolean> {
  const conn = await pool.getConnection();
  try {
    for (;;) {
      try {
        return await attempt(conn, input);
      } catch (error) {
        if (!RETRYABLE.has((error as { errno?: number }).errno ?? 0)) throw error;
      }
    }
  } finally {
    conn.release();
  }
}
