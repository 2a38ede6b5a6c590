import type { ClaimInput, DeliveryError, LeasedUpdate, OutboxItem } from '@antrean/core';
import type { MemoryState, StoredDelivery } from './memory-tables';

/** True while a lease holds at `now`: it is held until `leaseUntil`, exclusive. */
const leaseHolds = (row: StoredDelivery, now: Date): boolean =>
  row.leaseUntil !== undefined && now.getTime() < row.leaseUntil.getTime();

/** The row with its lease removed (the optional fields left out, not set to undefined). */
const released = (row: StoredDelivery): StoredDelivery => {
  const { leaseToken: _token, leaseUntil: _until, ...rest } = row;
  return rest;
};

const itemOf = (row: StoredDelivery): OutboxItem => ({
  id: row.id,
  channel: row.channel,
  via: row.via,
  to: row.to,
  text: row.text,
  attempts: row.attempts,
  createdAt: new Date(row.createdAt),
});

/**
 * Leases the due pending items, oldest first, to `input.leaseToken`. Synchronous, so two claims
 * in one process can never interleave and share an item.
 */
export const claimIn = (state: MemoryState, input: ClaimInput): readonly OutboxItem[] => {
  const now = input.now.getTime();
  const due = [...state.deliveries.values()]
    .filter(
      (row) =>
        row.state === 'pending' &&
        row.nextAttemptAt.getTime() <= now &&
        !leaseHolds(row, input.now) &&
        (input.channel === undefined || row.channel === input.channel),
    )
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || Number(a.id) - Number(b.id))
    .slice(0, Math.max(0, Math.floor(input.limit)));
  return due.map((row) => {
    const leased = { ...row, leaseToken: input.leaseToken, leaseUntil: new Date(input.leaseUntil) };
    state.deliveries.set(row.id, leased);
    return itemOf(leased);
  });
};

/**
 * Applies `change` to the pending row still leased to `update.leaseToken` (expired but not taken
 * by another claimer counts: the holder's word is still the latest). False, changing nothing, otherwise.
 */
const whileLeased = (
  state: MemoryState,
  update: LeasedUpdate,
  change: (row: StoredDelivery) => StoredDelivery,
): boolean => {
  const row = state.deliveries.get(update.id);
  if (row?.state !== 'pending' || row.leaseToken !== update.leaseToken) return false;
  state.deliveries.set(row.id, { ...change(released(row)), updatedAt: new Date(update.at) });
  return true;
};

/** Sent: the provider's id kept (and indexed for status callbacks), lease cleared. */
export const markSentIn = (
  state: MemoryState,
  update: LeasedUpdate & { providerMessageId: string },
): boolean => {
  const marked = whileLeased(state, update, (row) => ({
    ...row,
    state: 'sent',
    providerMessageId: update.providerMessageId,
  }));
  if (marked) state.deliveryByProviderId.set(update.providerMessageId, update.id);
  return marked;
};

/** A failed send: pending again from `retryAt`, or failed for good without it; attempts + 1, error kept. */
export const markFailedIn = (
  state: MemoryState,
  update: LeasedUpdate & { error: DeliveryError; retryAt?: Date },
): boolean =>
  whileLeased(state, update, (row) => ({
    ...row,
    state: update.retryAt === undefined ? 'failed' : 'pending',
    attempts: row.attempts + 1,
    error: { ...update.error },
    ...(update.retryAt === undefined ? {} : { nextAttemptAt: new Date(update.retryAt) }),
  }));

/** Held back by pacing: pending again from `until`, attempts unchanged. */
export const postponeIn = (state: MemoryState, update: LeasedUpdate & { until: Date }): boolean =>
  whileLeased(state, update, (row) => ({ ...row, nextAttemptAt: new Date(update.until) }));
