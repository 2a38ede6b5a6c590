import { activeFrom, type CounterQueue, type OfficeConfig, type StoreError } from '@antrean/core';
import { ResultAsync } from 'neverthrow';
import type { ScheduledJob } from './scheduler';

/** The lease name of the expiry sweep. */
export const EXPIRY_SWEEP = 'expiry-sweep';

/**
 * The expiry sweep as scheduled work: each pass marks every office's active bookings whose
 * check-in deadline passed `expired` (by the core's `activeFrom`), so the desk's counts and day
 * view are right without a message arriving. A pass's number is how many lapsed in all.
 */
export function expirySweep(
  store: Pick<CounterQueue, 'expireLapsed'>,
  offices: Iterable<OfficeConfig>,
  intervalMs: number,
): ScheduledJob {
  // A list may serve one office on several numbers: each office is swept once.
  const ids = [...new Set([...offices].map((office) => office.id))];
  return {
    name: EXPIRY_SWEEP,
    intervalMs,
    run: (now): ResultAsync<number, StoreError> =>
      ResultAsync.combine(
        ids.map((officeId) => store.expireLapsed({ activeFrom: activeFrom(now), at: now, officeId })),
      ).map((counts) => counts.reduce((sum, n) => sum + n, 0)),
  };
}
