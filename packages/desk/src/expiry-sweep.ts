import { activeFrom, type Clock, type StoreError } from '@antrean/core';
import { ResultAsync } from 'neverthrow';
import type { DeskOffice } from './desk-options';

/**
 * One pass of the expiry sweep: every office's active bookings whose check-in deadline passed
 * become `expired` (by the core's `activeFrom`), so counts and the day view are right without a
 * message arriving. Returns how many changed in all.
 */
export function sweepOnce(offices: readonly DeskOffice[], clock: Clock): ResultAsync<number, StoreError> {
  const now = clock.now();
  return ResultAsync.combine(
    offices.map(({ office, store }) =>
      store.expireLapsed({ activeFrom: activeFrom(now), at: now, officeId: office.id }),
    ),
  ).map((counts) => counts.reduce((sum, n) => sum + n, 0));
}

/** Runs `pass` every `intervalMs` (0: never) without keeping the process alive; returns the stopper. */
export function everyInterval(intervalMs: number, pass: () => Promise<unknown>): () => void {
  if (intervalMs === 0) return () => {};
  let running = false;
  const timer = setInterval(() => {
    if (running) return; // a slow store: skip a beat rather than pile passes up
    running = true;
    pass().finally(() => {
      running = false;
    });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
