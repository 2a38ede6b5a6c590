/** Sign-in failures counted per key (a name, a client address) over a sliding window. */
export interface SignInThrottle {
  /** Seconds until every key may try again; 0 when none is blocked. */
  retryAfterSeconds(keys: readonly string[], now: number): number;
  /** One failed attempt for each key. */
  fail(keys: readonly string[], now: number): void;
  /** A successful sign-in forgets the key's failures. */
  forget(key: string): void;
  /** Takes back the failure counted for `key` at `at` (an attempt counted first, then found good). */
  pardon(key: string, at: number): void;
}

/** Keys kept at most; the stalest are dropped first, so a flood of names cannot grow memory. */
const MAX_KEYS = 10_000;

/** A throttle allowing `attempts` failures per key within `windowMs`. */
export function createSignInThrottle(attempts: number, windowMs: number): SignInThrottle {
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: number): number[] => {
    const kept = (failures.get(key) ?? []).filter((at) => at > now - windowMs);
    if (kept.length === 0) failures.delete(key);
    else failures.set(key, kept);
    return kept;
  };
  return {
    retryAfterSeconds: (keys, now) =>
      Math.max(
        0,
        ...keys.map((key) => {
          const times = recent(key, now);
          if (times.length < attempts) return 0;
          // Blocked until the oldest failure that still counts leaves the window.
          const oldest = times[times.length - attempts] ?? now;
          return Math.ceil((oldest + windowMs - now) / 1000);
        }),
      ),
    fail: (keys, now) => {
      for (const key of keys) {
        const times = recent(key, now);
        failures.delete(key);
        failures.set(key, [...times, now]);
      }
      while (failures.size > MAX_KEYS) {
        const stalest = failures.keys().next().value;
        if (stalest === undefined) break;
        failures.delete(stalest);
      }
    },
    forget: (key) => {
      failures.delete(key);
    },
    pardon: (key, at) => {
      const times = failures.get(key) ?? [];
      const index = times.lastIndexOf(at);
      if (index >= 0) times.splice(index, 1);
      if (times.length === 0) failures.delete(key);
    },
  };
}
