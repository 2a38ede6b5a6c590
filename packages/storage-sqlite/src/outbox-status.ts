import type { DeliveryState, DeliveryStatus, OutboxStats } from '@antrean/core';
import type { Connection } from './connection';

/**
 * The states a provider's callback may move a delivery from: only forward (sent < delivered <
 * read), and to failed from any state before read. Anything else is stale or repeated.
 */
const MOVES_FROM: Readonly<Record<DeliveryStatus['state'], readonly DeliveryState[]>> = {
  sent: ['pending'],
  delivered: ['pending', 'sent'],
  read: ['pending', 'sent', 'delivered'],
  failed: ['pending', 'sent', 'delivered'],
};

/** Why a delivery failed when the provider's callback says so (its code, if any, is kept beside). */
const PROVIDER_FAILED = 'provider reported the message failed';

/**
 * A provider's status callback, by provider message id: one conditional UPDATE, so a stale or
 * repeated callback changes nothing. True when the id is known, whether or not it moved.
 */
export const recordStatusIn = (conn: Connection, status: DeliveryStatus): boolean => {
  const failed = status.state === 'failed';
  const moved = conn.run(
    `UPDATE messages SET delivery_state = ?, delivery_updated_at = ?,
       last_error_code = CASE WHEN ? THEN ? ELSE last_error_code END,
       last_error_reason = CASE WHEN ? THEN ? ELSE last_error_reason END
     WHERE provider_message_id = ? AND delivery_state IN (SELECT value FROM json_each(?))`,
    status.state,
    status.at.getTime(),
    failed ? 1 : 0,
    status.errorCode ?? null,
    failed ? 1 : 0,
    PROVIDER_FAILED,
    status.providerMessageId,
    JSON.stringify(MOVES_FROM[status.state]),
  );
  return (
    moved > 0 ||
    conn.get('SELECT 1 AS known FROM messages WHERE provider_message_id = ?', status.providerMessageId) !==
      undefined
  );
};

/** Pending items, leased or not, and the oldest one's `createdAt`. */
export const statsIn = (conn: Connection): OutboxStats => {
  const row = conn.get<{ pending: number; oldest: number | null }>(
    `SELECT COUNT(*) AS pending, MIN(received_at) AS oldest FROM messages
     WHERE delivery_state = 'pending'`,
  );
  const pending = Number(row?.pending ?? 0);
  return row?.oldest == null ? { pending } : { pending, oldestPendingAt: new Date(Number(row.oldest)) };
};
