import { isConcurrentChange } from '@antrean/core';

/** How often one call runs before a `ConcurrentChange` that keeps coming back is reported. */
const MAX_RUNS = 5;

/**
 * Runs `work`, and again after each `ConcurrentChange` it throws (the core's sign that a
 * conditional write lost a race), `undo`ing the failed run's writes first. Under SQLite's one
 * write lock a race is rare; a change that keeps failing comes back as the error it is.
 */
export const rerunning = async <T>(work: () => Promise<T>, undo: () => void): Promise<T> => {
  for (let run = 1; ; run += 1) {
    try {
      return await work();
    } catch (cause) {
      if (!isConcurrentChange(cause) || run >= MAX_RUNS) throw cause;
      undo();
    }
  }
};
