/**
 * Claiming: `claim` returns pending items due at `now` (next attempt <= now) whose lease is absent
 * or expired, oldest `createdAt` first, at most `limit`, only of `channel` when given, and leases
 * them to `leaseToken` until `leaseUntil`. A lease holds while now < leaseUntil: until then no
 * other claim returns the item; from then on it is claimable again. Concurrent claims (several
 * replicas) never return the same item.
 */
import type { SuiteContext } from '../conformance-types';
import { later, NOW } from '../fixtures';
import { settled } from '../support';
import { claimAt, enqueue, MINUTE_MS, only, outboxFixtures, plusMs } from './outbox-fixtures';

/** Declares the claim tests. */
export function claimTests({ api, harness }: SuiteContext): void {
  const { it, expect } = api;

  it('claims oldest first, up to the limit, and nothing recorded after `now`', async () => {
    const { store } = harness();
    const f = outboxFixtures();
    await enqueue(store, f, later(NOW, 2), 'third');
    await enqueue(store, f, NOW, 'first');
    await enqueue(store, f, later(NOW, 1), 'second');
    await enqueue(store, f, later(NOW, 10), 'future');
    const first = await claimAt(store, f, later(NOW, 5), 'lease-1', 2);
    expect(first.map((item) => item.text)).toEqual(['help first', 'help second']);
    const rest = await claimAt(store, f, later(NOW, 5), 'lease-2', 10);
    expect(rest.map((item) => item.text)).toEqual(['help third']);
  });

  it('a lease keeps the item from other claims until leaseUntil, then it is claimable again', async () => {
    const { store } = harness();
    const f = outboxFixtures();
    await enqueue(store, f);
    const item = only(await claimAt(store, f, NOW, 'lease-1'));
    const leaseEnds = plusMs(NOW, MINUTE_MS);
    expect(await claimAt(store, f, plusMs(leaseEnds, -1), 'lease-2')).toEqual([]);
    const again = only(await claimAt(store, f, leaseEnds, 'lease-3'));
    expect(again.id).toBe(item.id);
    expect(again.attempts).toBe(0);
  });

  it('claims only the given channel', async () => {
    const { store } = harness();
    const f = outboxFixtures();
    const other = outboxFixtures();
    await enqueue(store, f);
    await enqueue(store, other);
    const mine = only(await claimAt(store, f, NOW, 'lease-1'));
    expect(mine.channel).toBe(f.channel);
    expect(only(await claimAt(store, other, NOW, 'lease-2')).channel).toBe(other.channel);
  });

  it('concurrent claims never return the same item, and between them leave none behind', async () => {
    const { store } = harness();
    const f = outboxFixtures();
    for (let i = 0; i < 12; i++) await enqueue(store, f, later(NOW, i), `item ${i}`);
    const at = later(NOW, 20);
    const claims = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        settled(
          store.claim({
            now: at,
            leaseUntil: later(at, 1),
            leaseToken: `racer-${i}`,
            limit: 3,
            channel: f.channel,
          }),
        ),
      ),
    );
    const ids = claims.flat().map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    const leftover = await claimAt(store, f, at, 'sweeper');
    expect(ids.length + leftover.length).toBe(12);
  });
}
