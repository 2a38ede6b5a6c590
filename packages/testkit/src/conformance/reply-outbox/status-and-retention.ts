/**
 * Status callbacks, metrics and retention.
 * - `recordDeliveryStatus` finds the item by provider id (false for an unknown one) and moves its
 *   state only forward: sent < delivered < read; `failed` (with its error code) from any state
 *   before read; a stale or repeated callback changes nothing (and is still true: the id is known).
 * - `outboxStats`: pending items, leased or not, and the oldest one's `createdAt`.
 * - `purge(before)` keeps a message whose delivery is pending however old; old messages whose
 *   reply was sent or failed go, with their deliveries.
 */
import type { BookingStore } from '@antrean/core';
import type { SuiteContext } from '../conformance-types';
import { later, NOW } from '../fixtures';
import { settled } from '../support';
import { claimAt, enqueue, type OutboxFixtures, only, outboxFixtures } from './outbox-fixtures';

/** Records a reply at `at`, claims and marks it sent as `providerMessageId`; returns its key. */
const sentReply = async (store: BookingStore, f: OutboxFixtures, at: Date, providerMessageId: string) => {
  const key = await enqueue(store, f, at);
  const item = only(await claimAt(store, f, at, `lease-${providerMessageId}`));
  await settled(
    store.markSent({ id: item.id, leaseToken: `lease-${providerMessageId}`, at, providerMessageId }),
  );
  return key;
};

/** Declares the status, stats and retention tests. */
export function statusRetentionTests({ api, harness }: SuiteContext): void {
  const { it, expect } = api;

  it('status callbacks move a delivery only forward; an unknown id is false', async () => {
    const { store, probe } = harness();
    const f = outboxFixtures();
    const key = await sentReply(store, f, NOW, 'wamid.status-1');
    const status = (state: 'sent' | 'delivered' | 'read' | 'failed', errorCode?: string) =>
      settled(
        store.recordDeliveryStatus({
          providerMessageId: 'wamid.status-1',
          state,
          at: later(NOW, 1),
          ...(errorCode === undefined ? {} : { errorCode }),
        }),
      );
    expect(await status('delivered')).toBe(true);
    expect(await status('sent')).toBe(true);
    expect(await probe.delivery(key)).toMatchObject({ state: 'delivered' });
    expect(await status('read')).toBe(true);
    expect(await status('failed', '131047')).toBe(true);
    expect(await status('delivered')).toBe(true);
    expect(await probe.delivery(key)).toMatchObject({ state: 'read' });
    const unknown = { providerMessageId: 'wamid.never-sent', state: 'read' as const, at: NOW };
    expect(await settled(store.recordDeliveryStatus(unknown))).toBe(false);
  });

  it('a failed callback before read is kept with its code, and nothing moves it on', async () => {
    const { store, probe } = harness();
    const f = outboxFixtures();
    const key = await sentReply(store, f, NOW, 'wamid.status-2');
    const at = later(NOW, 1);
    const failed = { providerMessageId: 'wamid.status-2', state: 'failed' as const, at, errorCode: '131026' };
    expect(await settled(store.recordDeliveryStatus(failed))).toBe(true);
    const read = { providerMessageId: 'wamid.status-2', state: 'read' as const, at };
    expect(await settled(store.recordDeliveryStatus(read))).toBe(true);
    expect(await probe.delivery(key)).toMatchObject({ state: 'failed', errorCode: '131026' });
  });

  it('outboxStats counts pending items, leased or not, with the oldest one’s time', async () => {
    const { store } = harness();
    const f = outboxFixtures();
    expect(await settled(store.outboxStats())).toEqual({ pending: 0 });
    await sentReply(store, f, NOW, 'wamid.stats');
    await enqueue(store, f, later(NOW, 1));
    await claimAt(store, f, later(NOW, 1), 'lease-1');
    await enqueue(store, f, later(NOW, 2));
    expect(await settled(store.outboxStats())).toEqual({ pending: 2, oldestPendingAt: later(NOW, 1) });
  });

  it('purge keeps a message whose reply is still pending, and removes old sent and failed ones', async () => {
    const { store, probe } = harness();
    const f = outboxFixtures();
    const sent = await sentReply(store, f, NOW, 'wamid.purge');
    const failedKey = await enqueue(store, f, NOW);
    const failing = only(await claimAt(store, f, NOW, 'lease-f'));
    const error = { code: '131026', reason: 'undeliverable' };
    await settled(store.markFailed({ id: failing.id, leaseToken: 'lease-f', at: NOW, error }));
    const pending = await enqueue(store, f, NOW);
    const result = await settled(store.purge(later(NOW, 60)));
    expect(result.messages).toBe(2);
    for (const gone of [sent, failedKey]) {
      expect(await settled(store.findReply(gone))).toBeUndefined();
      expect(await probe.delivery(gone)).toBeUndefined();
    }
    expect(await settled(store.findReply(pending))).toBeDefined();
    expect(only(await claimAt(store, f, later(NOW, 61), 'lease-p')).to).toBe(pending.sender);
    const status = { providerMessageId: 'wamid.purge', state: 'read' as const, at: later(NOW, 61) };
    expect(await settled(store.recordDeliveryStatus(status))).toBe(false);
  });
}
