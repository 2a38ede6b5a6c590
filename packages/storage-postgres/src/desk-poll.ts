/** One `watchDesk` call: its listener and the timer that polls while LISTEN is not known to deliver. */
export interface Watcher {
  readonly listener: () => void;
  readonly timer: ReturnType<typeof setInterval>;
}

/**
 * A watcher whose timer reads the audit log's highest id every `pollMs` and wakes it when the id
 * moved; it skips its turn while `idle()` (LISTEN delivers, or the store closed) and while its
 * last read is still running.
 */
export const polledWatcher = (setup: {
  readonly pollMs: number;
  readonly listener: () => void;
  readonly latestId: () => Promise<number>;
  readonly wake: (watcher: Watcher) => void;
  readonly idle: () => boolean;
}): Watcher => {
  let seen: number | undefined;
  let busy = false;
  const watcher: Watcher = {
    listener: setup.listener,
    timer: setInterval(async () => {
      if (busy || setup.idle()) return;
      busy = true;
      try {
        const latest = await setup.latestId();
        if (seen !== undefined && latest !== seen) setup.wake(watcher);
        seen = latest;
      } catch {
        // The next poll tries again; readers catch up by id.
      } finally {
        busy = false;
      }
    }, setup.pollMs),
  };
  // A watch must never keep a process alive on its own.
  watcher.timer.unref?.();
  return watcher;
};
