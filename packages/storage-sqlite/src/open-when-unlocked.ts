import { isBusy, pause } from './begin';

/** The pause between two tries to open, in ms. */
const PAUSE_MS = 25;

/**
 * Runs `open` (pragmas and migrations), again while it fails with "database is locked", until
 * `waitMs` has passed. SQLite does not call its busy handler for every step of opening: a process
 * opening a new file while another still creates it (before WAL mode is on) got SQLITE_BUSY at
 * once, so two bots started together on a new file could fail. Every step of opening is safe to
 * run again; the wait is on a timer, so the event loop stays free.
 */
export const openWhenUnlocked = async <T>(waitMs: number, open: () => T): Promise<T> => {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      return open();
    } catch (cause) {
      const left = deadline - Date.now();
      if (!isBusy(cause) || left <= 0) throw cause;
      await pause(Math.min(PAUSE_MS, left));
    }
  }
};
