import type { DeliveryError, LeasedUpdate } from '@antrean/core';
import type { Connection } from './connection';
import type { SqliteValue } from './sqlite-database';

/** An item id as the integer it is stored as; undefined for text no claim ever returned. */
const storedId = (id: string): number | undefined => (/^[1-9]\d{0,14}$/.test(id) ? Number(id) : undefined);

/**
 * Apply `assignments` (SQL `SET` items, their parameters in `values`) to the pending item still
 * leased to `update.leaseToken`, clearing the lease. An expired lease nobody claimed again still
 * counts: its holder's word is the latest. True when the row changed; false, changing nothing,
 * when the lease was lost (taken by another claim, or the item is no longer pending).
 */
const whileLeased = (
  conn: Connection,
  update: LeasedUpdate,
  assignments: string,
  ...values: SqliteValue[]
): boolean => {
  const id = storedId(update.id);
  if (id === undefined) return false;
  return (
    conn.run(
      `UPDATE messages SET ${assignments}, lease_token = NULL, lease_until = NULL, delivery_updated_at = ?
     WHERE delivery_id = ? AND lease_token = ? AND delivery_state = 'pending'`,
      ...values,
      update.at.getTime(),
      id,
      update.leaseToken,
    ) === 1
  );
};

/** Sent: the provider's id kept (status callbacks find the item by it). */
export const markSentIn = (conn: Connection, update: LeasedUpdate & { providerMessageId: string }): boolean =>
  whileLeased(conn, update, "delivery_state = 'sent', provider_message_id = ?", update.providerMessageId);

/** A failed send: pending again from `retryAt`, or failed for good without it; attempts + 1, error kept. */
export const markFailedIn = (
  conn: Connection,
  update: LeasedUpdate & { error: DeliveryError; retryAt?: Date },
): boolean =>
  whileLeased(
    conn,
    update,
    `delivery_state = ?, next_attempt_at = COALESCE(?, next_attempt_at),
     delivery_attempts = delivery_attempts + 1, last_error_code = ?, last_error_reason = ?`,
    update.retryAt === undefined ? 'failed' : 'pending',
    update.retryAt?.getTime() ?? null,
    update.error.code ?? null,
    update.error.reason,
  );

/** Held back by pacing: pending again from `until`, attempts unchanged. */
export const postponeIn = (conn: Connection, update: LeasedUpdate & { until: Date }): boolean =>
  whileLeased(conn, update, 'next_attempt_at = ?', update.until.getTime());
