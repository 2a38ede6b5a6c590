import type { Booking, SessionSlot, StatusChange } from '@antrean/core';
import { ER_DUP_ENTRY, errnoOf } from './errors';
import { affected, type ConnectionLike, rowsOf } from './pool-like';
import { bookingColumns, bookingOf } from './rows';

/** The conditional increment: one statement, true when it matched a row with room. */
const increment = (conn: ConnectionLike, officeId: string, slot: SessionSlot): Promise<number> =>
  affected(
    conn.query(
      'UPDATE slots SET held = held + 1, capacity = ? WHERE office_id = ? AND slot_id = ? AND held < ?',
      [slot.capacity, officeId, slot.slotId, slot.capacity],
    ),
  );

/**
 * Take one place in the slot. The increment is one conditional UPDATE: InnoDB locks the row and,
 * at READ COMMITTED, evaluates `held < capacity` on the latest committed version, so concurrent
 * takers queue and the count never passes the capacity (the CHECK is a backstop). A missing
 * counter row is inserted holding 1; if a racing taker inserted it first (duplicate key, after
 * waiting for its commit) the increment runs once more on that row. The affected-rows count is
 * read only where it is unambiguous (an UPDATE that changes `held`, a plain INSERT), whatever the
 * caller's pool says about CLIENT_FOUND_ROWS.
 */
export const takePlace = async (
  conn: ConnectionLike,
  officeId: string,
  slot: SessionSlot,
): Promise<boolean> => {
  if ((await increment(conn, officeId, slot)) > 0) return true;
  if (!(slot.capacity > 0)) return false;
  try {
    await conn.query(
      'INSERT INTO slots (office_id, slot_id, date, starts_at, held, capacity) VALUES (?, ?, ?, ?, 1, ?)',
      [officeId, slot.slotId, slot.date, slot.startsAt.getTime(), slot.capacity],
    );
    return true;
  } catch (error) {
    if (errnoOf(error) !== ER_DUP_ENTRY) throw error;
    return (await increment(conn, officeId, slot)) > 0;
  }
};

/**
 * Change the status of those of the codes still in `from`, and with `release` give back each
 * changed booking's place, in one transaction step: the rows are locked first (`FOR UPDATE`, so
 * a concurrent changer waits, then finds them no longer in `from`), then changed, then their
 * slots' counters lowered by one per booking. MariaDB has no UPDATE … RETURNING.
 */
export const changeStatus = async (
  conn: ConnectionLike,
  change: StatusChange,
): Promise<readonly Booking[]> => {
  if (change.codes.length === 0) return [];
  const locked = await rowsOf(
    conn.query(`SELECT code FROM bookings WHERE code IN (?) AND status = ? ORDER BY code FOR UPDATE`, [
      [...change.codes],
      change.from,
    ]),
  );
  const codes = locked.map((row) => String(row.code));
  if (codes.length === 0) return [];
  await conn.query('UPDATE bookings SET status = ?, updated_at = ? WHERE code IN (?)', [
    change.to,
    change.at.getTime(),
    codes,
  ]);
  if (change.release) await releasePlaces(conn, 'code IN (?)', [codes]);
  return (
    await rowsOf(
      conn.query(`SELECT ${bookingColumns()} FROM bookings WHERE code IN (?) ORDER BY code`, [codes]),
    )
  ).map(bookingOf);
};

/** Lower each slot's counter by the number of bookings `where` names (on `bookings`), in one UPDATE. */
export const releasePlaces = (
  conn: ConnectionLike,
  where: string,
  values: readonly unknown[],
): Promise<unknown> =>
  conn.query(
    `UPDATE slots AS slot JOIN (SELECT office_id, slot_id, COUNT(*) AS n FROM bookings WHERE ${where}
       GROUP BY office_id, slot_id) AS freed ON slot.office_id = freed.office_id AND slot.slot_id = freed.slot_id
     SET slot.held = slot.held - freed.n`,
    [...values],
  );
