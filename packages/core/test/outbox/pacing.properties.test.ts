import { retryDelay, takeToken, tokenBucket, tokenReadyAt } from '@antrean/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const rateArb = fc.double({ min: 0.05, max: 1000, noNaN: true });
const burstArb = fc.integer({ min: 1, max: 10 });
/** Request instants in ms, ascending (gaps of 0 model simultaneous requests). */
const requestsArb = fc
  .array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 60 })
  .map((gaps) => {
    let at = 1_780_000_000_000; // epoch-sized, as Dates give
    return gaps.map((gap) => {
      at += gap;
      return at;
    });
  });

/** Grants every request in order, each at the first instant the bucket allows. */
const grantAll = (rate: number, burst: number, requests: readonly number[]) => {
  let bucket = tokenBucket(rate, burst);
  return requests.map((request) => {
    const taken = takeToken(bucket, request);
    bucket = taken.bucket;
    return taken.at;
  });
};

describe('token bucket', () => {
  it('never grants more than burst + rate × window in any window, whatever the requests', () => {
    fc.assert(
      fc.property(rateArb, burstArb, requestsArb, (rate, burst, requests) => {
        const grants = grantAll(rate, burst, requests);
        // 1e-6: float noise in fractional intervals is rounded away (token-bucket.ts).
        for (let i = 0; i < grants.length; i++) {
          for (let j = i; j < grants.length; j++) {
            const window = grants[j]! - grants[i]!;
            expect(j - i + 1).toBeLessThanOrEqual(burst + (window * rate) / 1000 + 1e-6);
          }
        }
      }),
    );
  });

  it('grants each request at or after it, in order, and at once when a token is there', () => {
    fc.assert(
      fc.property(rateArb, burstArb, requestsArb, (rate, burst, requests) => {
        const grants = grantAll(rate, burst, requests);
        grants.forEach((grant, i) => {
          expect(grant).toBeGreaterThanOrEqual(requests[i]!);
          if (i > 0) expect(grant).toBeGreaterThanOrEqual(grants[i - 1]!);
        });
        expect(grants[0]).toBe(requests[0]);
      }),
    );
  });

  it('waits no longer than needed: the whole burst is free when the bucket is full, then one per interval', () => {
    fc.assert(
      fc.property(rateArb, burstArb, fc.integer({ min: 0, max: 4_000_000_000_000 }), (rate, burst, now) => {
        const grants = grantAll(
          rate,
          burst,
          Array.from({ length: burst + 2 }, () => now),
        );
        expect(grants.slice(0, burst)).toEqual(Array.from({ length: burst }, () => now));
        expect(grants[burst]).toBe(now + Math.ceil(1000 / rate - 1e-6));
        expect(tokenReadyAt(tokenBucket(rate, burst), now)).toBe(now);
      }),
    );
  });
});

describe('retry delay', () => {
  const settingsArb = fc.record({
    baseMs: fc.integer({ min: 1, max: 60_000 }),
    maxMs: fc.integer({ min: 1, max: 3_600_000 }),
  });
  const randomArb = fc.oneof(
    fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    fc.double(),
    fc.constant(Number.NaN),
  );

  it('is a whole number in [0, min(maxMs, baseMs × 2^n)], for any n and any random value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), randomArb, settingsArb, (n, random, settings) => {
        const delay = retryDelay(n, random, settings);
        expect(Number.isInteger(delay)).toBe(true);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThanOrEqual(Math.min(settings.maxMs, settings.baseMs * 2 ** n));
      }),
    );
  });

  it('spreads over the whole range: its ceiling doubles with each failure until the cap', () => {
    const settings = { baseMs: 1000, maxMs: 60_000 };
    const nearlyOne = 1 - 1e-12;
    expect([0, 1, 2, 5, 6, 30].map((n) => retryDelay(n, nearlyOne, settings))).toEqual([
      999, 1999, 3999, 31_999, 59_999, 59_999,
    ]);
    expect(retryDelay(3, 0, settings)).toBe(0);
  });
});
