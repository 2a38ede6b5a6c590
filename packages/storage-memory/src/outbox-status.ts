import { type DeliveryStatus, deliveryMoves, type OutboxStats, PROVIDER_FAILED_REASON } from '@antrean/core';
import type { MemoryState } from './memory-tables';

/** A provider's status callback. True for a known provider id (whether or not it moved the state). */
export const recordStatusIn = (state: MemoryState, status: DeliveryStatus): boolean => {
  const id = state.deliveryByProviderId.get(status.providerMessageId);
  const row = id === undefined ? undefined : state.deliveries.get(id);
  if (!row) return false;
  if (!deliveryMoves(row.state, status.state)) return true;
  const error =
    status.state === 'failed'
      ? {
          error: {
            reason: PROVIDER_FAILED_REASON,
            ...(status.errorCode === undefined ? {} : { code: status.errorCode }),
          },
        }
      : {};
  state.deliveries.set(row.id, { ...row, state: status.state, updatedAt: new Date(status.at), ...error });
  return true;
};

/** Pending deliveries (leased or not) and the oldest one's creation time. */
export const statsIn = (state: MemoryState): OutboxStats => {
  let pending = 0;
  let oldest: Date | undefined;
  for (const row of state.deliveries.values()) {
    if (row.state !== 'pending') continue;
    pending += 1;
    if (oldest === undefined || row.createdAt.getTime() < oldest.getTime()) oldest = row.createdAt;
  }
  return oldest === undefined ? { pending } : { pending, oldestPendingAt: new Date(oldest) };
};
