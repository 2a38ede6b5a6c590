/**
 * Leased updates: `markSent`, `markFailed` and `postpone` change an item only while the caller's
 * `leaseToken` still holds it (another claim after expiry takes it over; an expired lease nobody
 * claimed again still holds). Otherwise they return false and change nothing.
 * - markSent: state `sent`, provider id kept, never claimed again.
 * - markFailed with `retryAt`: pending, attempts + 1, claimable from `retryAt`, error kept;
 *   without: `failed` for good, attempts + 1, error kept, never claimed again.
 * - postpone: pending, attempts unchanged, claimable from `until`.
 */
import type { SuiteContext } from '../conformance-types';
import { later, NOW } from '../fixtures';
import { settled } from '../support';
import { claimAt, enqueue, MINUTE_MS, only, outboxFixtures, plusMs } from './outbox-fixtures';

const THROUGHPUT = { code: '130429', reason: 'Rate limit hit' };

/** Declares the tests of updates under a lease. */
export function leasedUpdateTests({ api, harness }: SuiteContext): void {
  const { it, expect } = api;

  it('markSent keeps the provider id; the item is never claimed again and a second mark is refused', async () => {
    const { store, probe } = harness();
    const f = outboxFixtures();
    const key = await enqueue(store, f);
    const item = only(await claimAt(store, f, NOW, 'lease-1'));
    const sent = {
      id: item.id,
      leaseToken: 'lease-1',
      at: later(NOW, 0.1),
      providerMessageId: 'wamid.sent-1',
    };
    expect(await settled(store.markSent(sent))).toBe(true);
    expect(await probe.delivery(key)).toEqual({
      state: 'sent',
      attempts: 0,
      providerMessageId: 'wamid.sent-1',
    });
    expect(await settled(store.markSent({ ...sent, providerMessageId: 'wamid.other' }))).toBe(false);
    expect(await claimAt(store, f, later(NOW, 10), 'lease-2')).toEqual([]);
    expect(await probe.delivery(key)).toMatchObject({ providerMessageId: 'wamid.sent-1' });
  });

  it('a lease taken over by another claim refuses every update of the old holder and changes nothing', async () => {
    const { store, probe } = harness();
    const f = outboxFixtures();
    const key = await enqueue(store, f);
    const item = only(await claimAt(store, f, NOW, 'old'));
    const takeover = plusMs(NOW, MINUTE_MS);
    only(await claimAt(store, f, takeover, 'new'));
    const old = { id: item.id, leaseToken: 'old', at: takeover };
    expect(await settled(store.markSent({ ...old, providerMessageId: 'wamid.old' }))).toBe(false);
    expect(await settled(store.markFailed({ ...old, error: THROUGHPUT }))).toBe(false);
    expect(await settled(store.postpone({ ...old, until: takeover }))).toBe(false);
    expect(await settled(store.markFailed({ ...old, leaseToken: 'never-issued', error: THROUGHPUT }))).toBe(
      false,
    );
    expect(await probe.delivery(key)).toEqual({ state: 'pending', attempts: 0 });
    expect(await claimAt(store, f, plusMs(takeover, 1), 'third')).toEqual([]); // still the new holder's
    const sent = { id: item.id, leaseToken: 'new', at: takeover, providerMessageId: 'wamid.new' };
    expect(await settled(store.markSent(sent))).toBe(true);
  });

  it('an expired lease nobody claimed again still takes its holder’s mark', async () => {
    const { store, probe } = harness();
    const f = outboxFixtures();
    const key = await enqueue(store, f);
    const item = only(await claimAt(store, f, NOW, 'slow'));
    const late = { id: item.id, leaseToken: 'slow', at: later(NOW, 5), providerMessageId: 'wamid.slow' };
    expect(await settled(store.markSent(late))).toBe(true);
    expect(await probe.delivery(key)).toMatchObject({ state: 'sent', providerMessageId: 'wamid.slow' });
  });

  it('markFailed with retryAt: pending again from then, attempts + 1, code kept', async () => {
    const { store, probe } = harness();
    const f = outboxFixtures();
    const key = await enqueue(store, f);
    const item = only(await claimAt(store, f, NOW, 'lease-1'));
    const retryAt = later(NOW, 5);
    const failed = { id: item.id, leaseToken: 'lease-1', at: NOW, error: THROUGHPUT, retryAt };
    expect(await settled(store.markFailed(failed))).toBe(true);
    expect(await probe.delivery(key)).toEqual({ state: 'pending', attempts: 1, errorCode: '130429' });
    expect(await claimAt(store, f, plusMs(retryAt, -1), 'lease-2')).toEqual([]);
    expect(only(await claimAt(store, f, retryAt, 'lease-3'))).toMatchObject({ id: item.id, attempts: 1 });
  });

  it('markFailed without retryAt: failed for good, never claimed again, code kept', async () => {
    const { store, probe } = harness();
    const f = outboxFixtures();
    const key = await enqueue(store, f);
    const item = only(await claimAt(store, f, NOW, 'lease-1'));
    const error = { code: '131026', reason: 'Message undeliverable' };
    expect(await settled(store.markFailed({ id: item.id, leaseToken: 'lease-1', at: NOW, error }))).toBe(
      true,
    );
    expect(await probe.delivery(key)).toEqual({ state: 'failed', attempts: 1, errorCode: '131026' });
    expect(await claimAt(store, f, later(NOW, 60 * 24 * 8), 'lease-2')).toEqual([]);
    expect(await settled(store.outboxStats())).toEqual({ pending: 0 });
  });

  it('postpone: pending from `until`, attempts unchanged, lease released', async () => {
    const { store, probe } = harness();
    const f = outboxFixtures();
    const key = await enqueue(store, f);
    const item = only(await claimAt(store, f, NOW, 'lease-1'));
    const until = plusMs(NOW, 6000);
    expect(await settled(store.postpone({ id: item.id, leaseToken: 'lease-1', at: NOW, until }))).toBe(true);
    expect(await claimAt(store, f, plusMs(until, -1), 'lease-2')).toEqual([]);
    expect(only(await claimAt(store, f, until, 'lease-3'))).toMatchObject({ id: item.id, attempts: 0 });
    expect(await probe.delivery(key)).toEqual({ state: 'pending', attempts: 0 });
  });
}
