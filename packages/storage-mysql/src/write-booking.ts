import type { BindingWrite, LedgerPrimitives } from '@antrean/core';
import { type ConnectionLike, rowsOf } from './pool-like';
import { insertMessage } from './replies';
import { BOOKING_INSERT, bookingValues } from './rows';

/**
 * Bind the number unless it is bound to another applicant at or after `replaceBefore`: the row
 * is read `FOR UPDATE` (a concurrent binder waits until this transaction ends) and then written.
 * A missing row inserted by a racing transaction meanwhile fails with a duplicate key: the use
 * case runs again. False when the binding is refused.
 */
const bind = async (conn: ConnectionLike, binding: BindingWrite): Promise<boolean> => {
  const [held] = await rowsOf(
    conn.query('SELECT applicant_key, bound_at FROM bindings WHERE phone = ? FOR UPDATE', [binding.phone]),
  );
  const values = [binding.applicantKey, binding.at.getTime(), binding.phone];
  if (!held) {
    await conn.query('INSERT INTO bindings (applicant_key, bound_at, phone) VALUES (?, ?, ?)', values);
    return true;
  }
  const mayReplace =
    String(held.applicant_key) === binding.applicantKey ||
    Number(held.bound_at) < binding.replaceBefore.getTime();
  if (!mayReplace) return false;
  await conn.query('UPDATE bindings SET applicant_key = ?, bound_at = ? WHERE phone = ?', values);
  return true;
};

/**
 * Bind the number, then write the booking and the reply, if any. A refused binding writes
 * nothing and returns false (the core then throws `ConcurrentChange`). A duplicate key (same
 * applicant active, code or message committed meanwhile) fails the statement and the use case is
 * run again by the transaction.
 */
export const writeBooking = async (
  conn: ConnectionLike,
  write: Parameters<LedgerPrimitives['writeBooking']>[0],
): Promise<boolean> => {
  if (!(await bind(conn, write.binding))) return false;
  await conn.query(BOOKING_INSERT, bookingValues(write.booking));
  if (write.reply) await insertMessage(conn, write.reply);
  return true;
};
