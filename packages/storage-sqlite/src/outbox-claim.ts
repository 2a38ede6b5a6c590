import type { ClaimInput, OutboxItem } from '@antrean/core';
import type { Connection } from './connection';

/** The columns of a claimed row that make an `OutboxItem`. */
interface ItemRow {
  readonly delivery_id: number | bigint;
  readonly channel: string;
  readonly delivery_via: string;
  readonly delivery_to: string;
  readonly reply_text: string;
  readonly delivery_attempts: number | bigint;
  readonly received_at: number | bigint;
}

/** A claim's limit as a row count: whole, never negative (NaN claims nothing). */
const rowLimit = (limit: number): number =>
  Number.isNaN(limit) ? 0 : Math.max(0, Math.min(Math.floor(limit), Number.MAX_SAFE_INTEGER));

const itemOf = (row: ItemRow): OutboxItem => ({
  id: String(row.delivery_id),
  channel: row.channel,
  via: row.delivery_via,
  to: row.delivery_to,
  text: row.reply_text,
  attempts: Number(row.delivery_attempts),
  createdAt: new Date(Number(row.received_at)),
});

/**
 * Lease the due pending items, oldest first, to `input.leaseToken`: one UPDATE over the rows its
 * subquery picks. Call inside the store's `BEGIN IMMEDIATE` transaction: the write lock is taken
 * before the pick, so another connection's claim waits and then sees these leases.
 */
export const claimIn = (conn: Connection, input: ClaimInput): readonly OutboxItem[] => {
  const now = input.now.getTime();
  const rows = conn.all<ItemRow>(
    `UPDATE messages SET lease_token = ?, lease_until = ?, delivery_updated_at = ?
     WHERE delivery_id IN (
       SELECT delivery_id FROM messages
       WHERE delivery_state = 'pending' AND next_attempt_at <= ?
         AND (lease_until IS NULL OR lease_until <= ?)
         AND (? IS NULL OR channel = ?)
       ORDER BY received_at, delivery_id
       LIMIT ?)
     RETURNING delivery_id, channel, delivery_via, delivery_to, reply_text, delivery_attempts, received_at`,
    input.leaseToken,
    input.leaseUntil.getTime(),
    now,
    now,
    now,
    input.channel ?? null,
    input.channel ?? null,
    rowLimit(input.limit),
  );
  // RETURNING gives no order: sort as picked.
  return rows
    .map(itemOf)
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || Number(a.id) - Number(b.id));
};
