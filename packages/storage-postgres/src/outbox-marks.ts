import type { DeliveryError, LeasedUpdate } from '@antrean/core';
import type { ClientLike } from './pool-like';
import type { Tables } from './tables';

/** An item id as the bigint it is stored as; undefined for text no claim ever returned. */
const storedId = (id: string): string | undefined => (/^[1-9]\d{0,17}$/.test(id) ? id : undefined);

/**
 * Apply `assignments` (SQL `SET` items over parameters $4 on, given in `values`) to the pending
 * item still leased to `update.leaseToken`, clearing the lease, in one conditional UPDATE. A
 * claim that took the item over holds its row lock until it commits; this UPDATE then re-checks
 * the token on the new version and changes nothing. An expired lease nobody claimed again still
 * counts: its holder's word is the latest. True when the row changed.
 */
const whileLeased = async (
  client: ClientLike,
  t: Tables,
  update: LeasedUpdate,
  assignments: string,
  values: readonly unknown[],
): Promise<boolean> => {
  const id = storedId(update.id);
  if (id === undefined) return false;
  const changed = await client.query(
    `UPDATE ${t.messages} SET ${assignments}, lease_token = NULL, lease_until = NULL,
       delivery_updated_at = $3::timestamptz
     WHERE delivery_id = $1::bigint AND lease_token = $2 AND delivery_state = 'pending'`,
    [id, update.leaseToken, update.at.toISOString(), ...values],
  );
  return (changed.rowCount ?? 0) === 1;
};

/** Sent: the provider's id kept (status callbacks find the item by it). */
export const markSentWith = (
  client: ClientLike,
  t: Tables,
  update: LeasedUpdate & { providerMessageId: string },
): Promise<boolean> =>
  whileLeased(client, t, update, "delivery_state = 'sent', provider_message_id = $4", [
    update.providerMessageId,
  ]);

/** A failed send: pending again from `retryAt`, or failed for good without it; attempts + 1, error kept. */
export const markFailedWith = (
  client: ClientLike,
  t: Tables,
  update: LeasedUpdate & { error: DeliveryError; retryAt?: Date },
): Promise<boolean> =>
  whileLeased(
    client,
    t,
    update,
    `delivery_state = $4, next_attempt_at = COALESCE($5::timestamptz, next_attempt_at),
     delivery_attempts = delivery_attempts + 1, last_error_code = $6, last_error_reason = $7`,
    [
      update.retryAt === undefined ? 'failed' : 'pending',
      update.retryAt?.toISOString() ?? null,
      update.error.code ?? null,
      update.error.reason,
    ],
  );

/** Held back by pacing: pending again from `until`, attempts unchanged. */
export const postponeWith = (
  client: ClientLike,
  t: Tables,
  update: LeasedUpdate & { until: Date },
): Promise<boolean> =>
  whileLeased(client, t, update, 'next_attempt_at = $4::timestamptz', [update.until.toISOString()]);
