import { bucketIsFull, type TokenBucket, takeToken, tokenBucket, tokenReadyAt } from './token-bucket';

/** The two limits a send must respect. */
export interface PacingLimits {
  /** Per business number (`via`): Meta's throughput, 80 a second by default. */
  readonly ratePerSecond: number;
  /** Per (via, to): the pair limit, about one message every 6 s. */
  readonly recipientIntervalMs: number;
  /** Per (via, to): messages allowed back to back before the interval applies. */
  readonly recipientBurst: number;
}

/** When one reply may go: now or soon (`sendAt`, tokens spent), or later (`postponeUntil`, nothing spent). */
export type PacingDecision = { readonly sendAt: number } | { readonly postponeUntil: number };

/** Buckets of recipients kept before full ones are forgotten. */
const PRUNE_ABOVE = 10_000;

/** Paces sends per business number and per recipient; one per dispatcher, in its memory. */
export interface SendPacer {
  /**
   * Books the earliest instant at or after `now` at which both the number's and the pair's buckets
   * have a token. Within `horizonMs` of now: both tokens are spent at that instant. Beyond it: nothing
   * is spent, and the caller postpones the reply until then.
   */
  book(via: string, to: string, now: number, horizonMs: number): PacingDecision;
}

/** A pacer for these limits, with empty (full) buckets. */
export function createSendPacer(limits: PacingLimits): SendPacer {
  const numbers = new Map<string, TokenBucket>();
  const pairs = new Map<string, TokenBucket>();
  const bucketOf = (map: Map<string, TokenBucket>, key: string, fresh: () => TokenBucket) =>
    map.get(key) ?? fresh();
  const forgetFull = (now: number) => {
    if (pairs.size <= PRUNE_ABOVE) return;
    for (const [key, bucket] of pairs) if (bucketIsFull(bucket, now)) pairs.delete(key);
  };
  return {
    book(via, to, now, horizonMs) {
      const pairKey = JSON.stringify([via, to]);
      const number = bucketOf(numbers, via, () => tokenBucket(limits.ratePerSecond, 1));
      const pair = bucketOf(pairs, pairKey, () =>
        tokenBucket(1000 / limits.recipientIntervalMs, limits.recipientBurst),
      );
      const at = Math.max(tokenReadyAt(number, now), tokenReadyAt(pair, now));
      if (at - now > horizonMs) return { postponeUntil: at };
      numbers.set(via, takeToken(number, at).bucket);
      pairs.set(pairKey, takeToken(pair, at).bucket);
      forgetFull(now);
      return { sendAt: at };
    },
  };
}
