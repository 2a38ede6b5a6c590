import type { PurgeResult, PurgeThresholds } from '@antrean/core';
import { releasePlaces } from './places';
import { affected, type ConnectionLike } from './pool-like';

/** Lapsed bookings of sessions before the threshold: the ones purge deletes ($1 sessionBefore, $2 lapsedBefore). */
const GONE = `starts_at < ? AND (status IN ('cancelled', 'expired') OR (status = 'active' AND check_in_deadline < ?))`;

/**
 * Delete what the core's thresholds name: lapsed bookings of past sessions (active ones give their
 * places back first), messages received before `messagesBefore` unless still pending delivery,
 * bindings made before `bindingsBefore`, and counters of past sessions that hold nothing.
 * Checked-in bookings stay.
 */
export const purgeRows = async (conn: ConnectionLike, before: PurgeThresholds): Promise<PurgeResult> => {
  const sessionBefore = before.sessionBefore.getTime();
  const lapsed = [sessionBefore, before.lapsedBefore.getTime()];
  await releasePlaces(conn, `status = 'active' AND ${GONE}`, lapsed);
  const bookings = await affected(conn.query(`DELETE FROM bookings WHERE ${GONE}`, lapsed));
  const messages = await affected(
    conn.query(`DELETE FROM messages WHERE received_at < ? AND NOT (delivery_state <=> 'pending')`, [
      before.messagesBefore.getTime(),
    ]),
  );
  const bindings = await affected(
    conn.query('DELETE FROM bindings WHERE bound_at < ?', [before.bindingsBefore.getTime()]),
  );
  await conn.query('DELETE FROM slots WHERE held = 0 AND starts_at < ?', [sessionBefore]);
  return { bookings, messages, bindings };
};
