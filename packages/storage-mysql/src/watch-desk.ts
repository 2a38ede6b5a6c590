import type { StoreError } from '@antrean/core';
import type { ResultAsync } from 'neverthrow';

/**
 * The store's desk watches: each polls the audit log's highest id every `pollMs` and calls its
 * listener when the id moved. The first poll runs at once and always wakes the listener, so a
 * reader catches up on rows appended while its watch was starting (a wake-up too many only makes
 * it read nothing new). A poll is skipped while the previous one runs or once the store
 * closed; a failed poll is tried again next time (readers catch up by id). Timers never keep the
 * process alive.
 */
export const deskWatches = (latestId: () => ResultAsync<number, StoreError>, closed: () => boolean) => {
  const timers = new Set<ReturnType<typeof setInterval>>();
  const watch = (listener: () => void, pollMs: number): (() => void) => {
    let seen: number | undefined;
    let busy = false;
    const poll = async (): Promise<void> => {
      if (busy || closed()) return;
      busy = true;
      const latest = await latestId();
      busy = false;
      if (latest.isErr() || !timers.has(timer)) return;
      const moved = latest.value !== seen;
      seen = latest.value;
      if (!moved) return;
      try {
        listener();
      } catch {
        // A listener's failure is its own.
      }
    };
    const timer = setInterval(poll, pollMs);
    timer.unref?.();
    timers.add(timer);
    void poll();
    return () => {
      clearInterval(timer);
      timers.delete(timer);
    };
  };
  const stopAll = (): void => {
    for (const timer of timers) clearInterval(timer);
    timers.clear();
  };
  return { watch, stopAll };
};
