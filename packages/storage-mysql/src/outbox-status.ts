import { DELIVERY_MOVES_FROM, type DeliveryStatus, PROVIDER_FAILED_REASON } from '@antrean/core';
import { type ConnectionLike, rowsOf } from './pool-like';

/**
 * A provider's status callback, by provider message id: one conditional UPDATE (two callbacks
 * racing queue on the row and the second re-reads the state), so a stale or repeated callback
 * changes nothing; then whether the id is known at all. True when it is, moved or not.
 */
export const recordStatusWith = async (conn: ConnectionLike, status: DeliveryStatus): Promise<boolean> => {
  const failed = status.state === 'failed';
  await conn.query(
    `UPDATE messages SET delivery_state = ?, delivery_updated_at = ?,
       last_error_code = IF(?, ?, last_error_code), last_error_reason = IF(?, ?, last_error_reason)
     WHERE provider_message_id = ? AND delivery_state IN (?)`,
    [
      status.state,
      status.at.getTime(),
      failed,
      status.errorCode ?? null,
      failed,
      PROVIDER_FAILED_REASON,
      status.providerMessageId,
      [...DELIVERY_MOVES_FROM[status.state]],
    ],
  );
  const known = await rowsOf(
    conn.query('SELECT 1 AS known FROM messages WHERE provider_message_id = ? LIMIT 1', [
      status.providerMessageId,
    ]),
  );
  return known.length > 0;
};
