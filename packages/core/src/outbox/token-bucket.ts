/**
 * A token bucket holding up to `burst` tokens and refilling one every `intervalMs`, kept as the one
 * number that determines it: `fullAt`, the instant it will be full again (the "theoretical arrival
 * time" of the GCRA form). At instant t it holds `burst - max(0, fullAt - t) / intervalMs` tokens;
 * a send spends one. One number, no fractional token counts, so no rounding drift.
 */
export interface TokenBucket {
  readonly intervalMs: number;
  readonly burst: number;
  /** Milliseconds since the epoch; -Infinity for a bucket never used (full). */
  readonly fullAt: number;
}

/** A full bucket for `ratePerSecond` sends a second with bursts of `burst`. */
export function tokenBucket(ratePerSecond: number, burst: number): TokenBucket {
  return { intervalMs: 1000 / ratePerSecond, burst, fullAt: Number.NEGATIVE_INFINITY };
}

/** The earliest whole millisecond at or after `now` when the bucket holds a token. */
export function tokenReadyAt(bucket: TokenBucket, now: number): number {
  const earliest = bucket.fullAt - (bucket.burst - 1) * bucket.intervalMs;
  return Math.max(now, Math.ceil(earliest));
}

/** Spends one token at the first instant at or after `now` that has one: when, and the bucket after. */
export function takeToken(
  bucket: TokenBucket,
  now: number,
): { readonly at: number; readonly bucket: TokenBucket } {
  const at = tokenReadyAt(bucket, now);
  return { at, bucket: { ...bucket, fullAt: Math.max(bucket.fullAt, at) + bucket.intervalMs } };
}

/** True when the bucket is full at `now`: it can be forgotten and made again without changing anything. */
export function bucketIsFull(bucket: TokenBucket, now: number): boolean {
  return bucket.fullAt <= now;
}
