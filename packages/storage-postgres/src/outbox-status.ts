import type { DeliveryState, DeliveryStatus, OutboxStats } from '@antrean/core';
import type { ClientLike } from './pool-like';
import { flag, instant, millis } from './rows';
import type { Tables } from './tables';

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
 * A provider's status callback, by provider message id: one conditional UPDATE (two callbacks
 * racing queue on the row and the second re-checks the state), so a stale or repeated callback
 * changes nothing. True when the id is known, whether or not it moved.
 */
export const recordStatusWith = async (
  client: ClientLike,
  t: Tables,
  status: DeliveryStatus,
): Promise<boolean> => {
  const found = await client.query(
    `WITH moved AS (
       UPDATE ${t.messages} SET delivery_state = $2::text, delivery_updated_at = $3::timestamptz,
         last_error_code = CASE WHEN $2::text = 'failed' THEN $4::text ELSE last_error_code END,
         last_error_reason = CASE WHEN $2::text = 'failed' THEN $5::text ELSE last_error_reason END
       WHERE provider_message_id = $1 AND delivery_state = ANY ($6::text[])
       RETURNING 1)
     SELECT EXISTS (SELECT 1 FROM moved) OR EXISTS (
       SELECT 1 FROM ${t.messages} WHERE provider_message_id = $1) AS known`,
    [
      status.providerMessageId,
      status.state,
      status.at.toISOString(),
      status.errorCode ?? null,
      PROVIDER_FAILED,
      MOVES_FROM[status.state],
    ],
  );
  return flag(found.rows[0]?.known);
};

/** Pending items, leased or not, and the oldest one's `createdAt`. */
export const outboxStatsWith = async (client: ClientLike, t: Tables): Promise<OutboxStats> => {
  const found = await client.query(
    `SELECT count(*)::int AS pending, ${millis('min(received_at)')} AS oldest
     FROM ${t.messages} WHERE delivery_state = 'pending'`,
  );
  const row = found.rows[0] ?? {};
  const pending = Number(row.pending ?? 0);
  return row.oldest == null ? { pending } : { pending, oldestPendingAt: instant(row.oldest) };
};
