import { describe, expect, it } from 'vitest';
import { dispatcherFixture, THROUGHPUT, UNDELIVERABLE } from './dispatcher-fixture';

describe('reply dispatcher: sending and failures', () => {
  it('sends a pending reply, marks it sent with the provider id, and status callbacks find it', async () => {
    const { time, store, calls, enqueue, dispatcher, pendingCount } = await dispatcherFixture();
    await enqueue('+6281299004406', 'Kode booking Anda: QA6Y-AU5H');
    const report = await time.settle(dispatcher().runOnce());
    expect(report).toMatchObject({ claimed: 1, sent: 1, errors: 0 });
    expect(calls).toEqual([
      expect.objectContaining({ to: '+6281299004406', text: 'Kode booking Anda: QA6Y-AU5H' }),
    ]);
    expect(await pendingCount()).toBe(0);
    const status = {
      providerMessageId: `wamid.${calls[0]!.id}.1`,
      state: 'delivered' as const,
      at: time.clock.now(),
    };
    expect((await store.recordDeliveryStatus(status))._unsafeUnwrap()).toBe(true);
  });

  it('retries 130429 after a jittered backoff, then sends it', async () => {
    const { time, calls, events, enqueue, dispatcher, pendingCount } = await dispatcherFixture((_, index) =>
      index === 0 ? THROUGHPUT : 'ok',
    );
    await enqueue();
    const sender = dispatcher({ backoff: { baseMs: 1000 }, random: () => 0.5 });
    expect(await time.settle(sender.runOnce())).toMatchObject({ claimed: 1, retried: 1 });
    expect(events[0]).toMatchObject({ type: 'retry', code: '130429', attempts: 1 });
    await time.advance(499);
    expect(await time.settle(sender.runOnce())).toMatchObject({ claimed: 0 });
    await time.advance(1);
    expect(await time.settle(sender.runOnce())).toMatchObject({ claimed: 1, sent: 1 });
    expect(calls).toHaveLength(2);
    expect(await pendingCount()).toBe(0);
  });

  it('records 131026 as failed at once and never sends it again', async () => {
    const { time, calls, events, enqueue, dispatcher, pendingCount } = await dispatcherFixture(
      () => UNDELIVERABLE,
    );
    await enqueue();
    const sender = dispatcher();
    expect(await time.settle(sender.runOnce())).toMatchObject({ claimed: 1, failed: 1 });
    expect(events).toEqual([expect.objectContaining({ type: 'failed', code: '131026', attempts: 1 })]);
    await time.advance(24 * 3_600_000);
    expect(await time.settle(sender.runOnce())).toMatchObject({ claimed: 0 });
    expect(calls).toHaveLength(1);
    expect(await pendingCount()).toBe(0);
  });

  it('gives up after maxAttempts retryable failures', async () => {
    const { time, calls, events, enqueue, dispatcher } = await dispatcherFixture(() => THROUGHPUT);
    await enqueue();
    const sender = dispatcher({ backoff: { baseMs: 10, maxMs: 100, maxAttempts: 4 } });
    // Past the pair limit's interval too: every attempt counts towards it.
    for (let pass = 0; pass < 10; pass++) {
      await time.settle(sender.runOnce());
      await time.advance(6000);
    }
    expect(calls).toHaveLength(4);
    expect(events.map((event) => event.type)).toEqual(['retry', 'retry', 'retry', 'failed']);
  });

  it('counts a send function that throws or rejects as a retryable failure, and never throws itself', async () => {
    const rejecting = Promise.reject(new Error('socket hang up'));
    rejecting.catch(() => undefined);
    const { time, calls, events, enqueue, dispatcher } = await dispatcherFixture((_, index) =>
      index === 0 ? 'throw' : index === 1 ? rejecting : 'ok',
    );
    await enqueue();
    const sender = dispatcher({ backoff: { baseMs: 10, maxMs: 10 } });
    for (let pass = 0; pass < 3; pass++) {
      await time.settle(sender.runOnce());
      await time.advance(10);
    }
    expect(calls).toHaveLength(3);
    expect(events.map((event) => event.type)).toEqual(['retry', 'retry', 'sent']);
  });

  it('never puts the reply text or the recipient in an event', async () => {
    const { time, events, enqueue, dispatcher } = await dispatcherFixture((_, index) =>
      index === 0 ? THROUGHPUT : index === 1 ? 'ok' : UNDELIVERABLE,
    );
    await enqueue('+6281299004406', 'Kode booking Anda: QA6Y-AU5H');
    await enqueue('+6281234567890', 'Bantuan');
    const sender = dispatcher({ backoff: { baseMs: 1, maxMs: 1 } });
    await time.settle(sender.runOnce());
    await time.advance(10_000);
    await time.settle(sender.runOnce());
    const logged = JSON.stringify(events);
    for (const secret of ['6281299004406', '6281234567890', 'QA6Y', 'Bantuan'])
      expect(logged).not.toContain(secret);
  });
});
