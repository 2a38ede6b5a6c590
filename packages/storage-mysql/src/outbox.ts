import type { ClaimInput, DeliveryError, LeasedUpdate, OutboxItem, OutboxStats } from '@antrean/core';
import { affected, type ConnectionLike, type Row, rowsOf } from './pool-like';
import { instant, rowLimit } from './rows';

const itemOf = (row: Row): OutboxItem => ({
  id: String(row.seq),
  channel: String(row.channel),
  via: String(row.delivery_via),
  to: String(row.delivery_to),
  text: String(row.reply_text),
  attempts: Number(row.delivery_attempts),
  createdAt: instant(row.received_at),
});

/**
 * Lease the due pending items, oldest first: the SELECT locks the rows it picks `FOR UPDATE SKIP
 * LOCKED`, so a concurrent claimer skips rows another claim holds instead of waiting, and a row
 * whose lease another claim committed meanwhile is read in its new version and left out.
 */
export const claimWith = async (conn: ConnectionLike, input: ClaimInput): Promise<readonly OutboxItem[]> => {
  const now = input.now.getTime();
  const picked = await rowsOf(
    conn.query(
      `SELECT seq, channel, delivery_via, delivery_to, reply_text, delivery_attempts, received_at FROM messages
       WHERE delivery_state = 'pending' AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until <= ?)
         AND (? IS NULL OR channel = ?)
       ORDER BY received_at, seq LIMIT ? FOR UPDATE SKIP LOCKED`,
      [now, now, input.channel ?? null, input.channel ?? null, rowLimit(input.limit)],
    ),
  );
  if (picked.length === 0) return [];
  await conn.query(
    'UPDATE messages SET lease_token = ?, lease_until = ?, delivery_updated_at = ? WHERE seq IN (?)',
    [input.leaseToken, input.leaseUntil.getTime(), now, picked.map((row) => row.seq)],
  );
  return picked.map(itemOf);
};

/** An item id as the BIGINT it is stored as; undefined for text no claim ever returned. */
const storedId = (id: string): string | undefined => (/^[1-9]\d{0,17}$/.test(id) ? id : undefined);

/**
 * Apply `assignments` to the pending item still leased to `update.leaseToken`, clearing the
 * lease, in one conditional UPDATE (a claim that took the item over holds its row lock; this one
 * then re-reads the token and changes nothing). True when the row changed.
 */
const whileLeased = async (
  conn: ConnectionLike,
  update: LeasedUpdate,
  assignments: string,
  values: readonly unknown[],
): Promise<boolean> => {
  const id = storedId(update.id);
  if (id === undefined) return false;
  const changed = await affected(
    conn.query(
      `UPDATE messages SET ${assignments}, lease_token = NULL, lease_until = NULL, delivery_updated_at = ?
       WHERE seq = ? AND lease_token = ? AND delivery_state = 'pending'`,
      [...values, update.at.getTime(), id, update.leaseToken],
    ),
  );
  return changed === 1;
};

/** Sent: the provider's id kept (status callbacks find the item by it). */
export const markSentWith = (conn: ConnectionLike, update: LeasedUpdate & { providerMessageId: string }) =>
  whileLeased(conn, update, "delivery_state = 'sent', provider_message_id = ?", [update.providerMessageId]);

/** A failed send: pending again from `retryAt`, or failed for good without it; attempts + 1, error kept. */
export const markFailedWith = (
  conn: ConnectionLike,
  update: LeasedUpdate & { error: DeliveryError; retryAt?: Date },
) =>
  whileLeased(
    conn,
    update,
    `delivery_state = ?, next_attempt_at = COALESCE(?, next_attempt_at), delivery_attempts = delivery_attempts + 1,
     last_error_code = ?, last_error_reason = ?`,
    [
      update.retryAt === undefined ? 'failed' : 'pending',
      update.retryAt?.getTime() ?? null,
      update.error.code ?? null,
      update.error.reason,
    ],
  );

/** Held back by pacing: pending again from `until`, attempts unchanged. */
export const postponeWith = (conn: ConnectionLike, update: LeasedUpdate & { until: Date }) =>
  whileLeased(conn, update, 'next_attempt_at = ?', [update.until.getTime()]);

/** Pending items, leased or not, and the oldest one's `createdAt`. */
export const outboxStatsWith = async (conn: ConnectionLike): Promise<OutboxStats> => {
  const [row = {}] = await rowsOf(
    conn.query(
      "SELECT COUNT(*) AS pending, MIN(received_at) AS oldest FROM messages WHERE delivery_state = 'pending'",
    ),
  );
  const pending = Number(row.pending ?? 0);
  return row.oldest == null ? { pending } : { pending, oldestPendingAt: instant(row.oldest) };
};
