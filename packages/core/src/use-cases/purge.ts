import { activeFrom } from '../expiry/active-from';
import type { PurgeResult } from '../ports/store-maintenance';
import type { LedgerPrimitives } from '../ports/store-primitives';

/**
 * Retention: finished bookings (cancelled, expired, or active past their deadline) whose session
 * started before `before`, messages received before it and bindings made before it. Checked-in
 * bookings and replies still pending delivery are kept by the primitive.
 */
export const purgeOver = (tx: LedgerPrimitives, before: Date): Promise<PurgeResult> =>
  tx.purgeRows({
    sessionBefore: before,
    lapsedBefore: activeFrom(before),
    messagesBefore: before,
    bindingsBefore: before,
  });
