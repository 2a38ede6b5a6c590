import type { ClaimInput, OutboxItem } from '@antrean/core';
import type { ClientLike, QueryRow } from './pool-like';
import { instant, millis } from './rows';
import type { Tables } from './tables';

/** A claim's limit as a row count: whole, never negative (NaN claims nothing). */
const rowLimit = (limit: number): number =>
  Number.isNaN(limit) ? 0 : Math.max(0, Math.min(Math.floor(limit), 2_147_483_647));

const itemOf = (row: QueryRow): OutboxItem => ({
  id: String(row.id),
  channel: String(row.channel),
  via: String(row.delivery_via),
  to: String(row.delivery_to),
  text: String(row.reply_text),
  attempts: Number(row.delivery_attempts),
  createdAt: instant(row.created_at),
});

/**
 * Lease the due pending items, oldest first, to `input.leaseToken`, in one statement. The
 * subquery locks the rows it picks `FOR UPDATE SKIP LOCKED`: a concurrent claimer skips rows
 * another claim holds instead of waiting for them, and a row whose lease a claim committed
 * meanwhile is re-checked on its new version and left out. So replicas never share an item.
 */
export const claimWith = async (
  client: ClientLike,
  t: Tables,
  input: ClaimInput,
): Promise<readonly OutboxItem[]> => {
  const claimed = await client.query(
    `WITH leased AS (
       UPDATE ${t.messages} SET lease_token = $1, lease_until = $2::timestamptz,
         delivery_updated_at = $3::timestamptz
       WHERE delivery_id IN (
         SELECT delivery_id FROM ${t.messages}
         WHERE delivery_state = 'pending' AND next_attempt_at <= $3::timestamptz
           AND (lease_until IS NULL OR lease_until <= $3::timestamptz)
           AND ($4::text IS NULL OR channel = $4::text)
         ORDER BY received_at, delivery_id
         LIMIT $5
         FOR UPDATE SKIP LOCKED)
       RETURNING delivery_id, channel, delivery_via, delivery_to, reply_text, delivery_attempts, received_at)
     SELECT delivery_id::text AS id, channel, delivery_via, delivery_to, reply_text, delivery_attempts,
       ${millis('received_at')} AS created_at
     FROM leased ORDER BY received_at, delivery_id`,
    [
      input.leaseToken,
      input.leaseUntil.toISOString(),
      input.now.toISOString(),
      input.channel ?? null,
      rowLimit(input.limit),
    ],
  );
  return claimed.rows.map(itemOf);
};
