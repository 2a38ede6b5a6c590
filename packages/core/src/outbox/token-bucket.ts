/**
 * A token bucket holding up to `burst` tokens and refilling one every `intervalMs` (the GCRA form:
 * no fractional token count is stored). It is full again at `anchor + spent * intervalMs`: `anchor`
 * is the whole millisecond a run of sends began on a full bucket, `spent` the tokens spent since.
 * Times are computed relative to the anchor, so epoch-sized milliseconds add no rounding drift.
 */
export interface TokenBucket {
  readonly intervalMs: number;
  readonly burst: number;
  readonly anchor: number;
  readonly spent: number;
}

/** Below a microsecond, a difference is float rounding of a fractional interval, not time. */
const FLOAT_NOISE_MS = 1e-6;

/** A full bucket for `ratePerSecond` sends a second with bursts of `burst`. */
export function tokenBucket(ratePerSecond: number, burst: number): TokenBucket {
  return { intervalMs: 1000 / ratePerSecond, burst, anchor: 0, spent: 0 };
}

/** True when the bucket is full at `now`: it can be forgotten and made again without changing anything. */
export function bucketIsFull(bucket: TokenBucket, now: number): boolean {
  return bucket.spent === 0 || bucket.spent * bucket.intervalMs <= now - bucket.anchor;
}

/** The earliest whole millisecond at or after `now` (whole) when the bucket holds a token. */
export function tokenReadyAt(bucket: TokenBucket, now: number): number {
  if (bucket.spent < bucket.burst) return now;
  const wait = (bucket.spent - bucket.burst + 1) * bucket.intervalMs;
  return Math.max(now, bucket.anchor + Math.ceil(wait - FLOAT_NOISE_MS));
}

/** Spends one token at the first instant at or after `now` that has one: when, and the bucket after. */
export function takeToken(
  bucket: TokenBucket,
  now: number,
): { readonly at: number; readonly bucket: TokenBucket } {
  const at = tokenReadyAt(bucket, now);
  const next = bucketIsFull(bucket, at)
    ? { ...bucket, anchor: at, spent: 1 }
    : { ...bucket, spent: bucket.spent + 1 };
  return { at, bucket: next };
}
