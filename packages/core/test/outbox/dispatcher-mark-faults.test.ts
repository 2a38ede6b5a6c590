import type { ReplyOutbox, StoreError } from '@antrean/core';
import { errAsync, type ResultAsync } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { dispatcherFixture, THROUGHPUT } from './dispatcher-fixture';

const LOST: StoreError = { type: 'StoreUnavailable', message: 'Connection terminated unexpectedly' };

type MarkName = 'markSent' | 'markFailed';

/** The fixture's store as an outbox whose `name` fails its first `failures` calls, as a lost connection does. */
const failingFirst = (store: ReplyOutbox, name: MarkName, failures: number) => {
  const tries: number[] = [];
  const outbox: ReplyOutbox = {
    claim: (input) => store.claim(input),
    markSent: (input) => store.markSent(input),
    markFailed: (input) => store.markFailed(input),
    postpone: (input) => store.postpone(input),
    recordDeliveryStatus: (input) => store.recordDeliveryStatus(input),
    outboxStats: () => store.outboxStats(),
  };
  const real = outbox[name] as (input: never) => ResultAsync<boolean, StoreError>;
  (outbox as Record<MarkName, unknown>)[name] = (input: never) => {
    tries.push(tries.length);
    return tries.length <= failures ? errAsync(LOST) : real(input);
  };
  return { outbox, tries };
};

describe('reply dispatcher: a mark the store fails after the send', () => {
  it('tries markSent again until the store takes it: the reply is sent once, even after the lease expires', async () => {
    const { time, store, calls, events, enqueue, dispatcher, pendingCount } = await dispatcherFixture();
    const { outbox, tries } = failingFirst(store, 'markSent', 3);
    await enqueue();
    const sender = dispatcher({ outbox, leaseMs: 60_000 });
    expect(await time.settle(sender.runOnce())).toMatchObject({ claimed: 1, sent: 1, errors: 0 });
    expect(tries).toHaveLength(4);
    expect(events.filter((event) => event.type === 'error')).toHaveLength(3);
    await time.advance(60_001);
    expect(await time.settle(sender.runOnce())).toMatchObject({ claimed: 0 }); // a pass past the lease's end
    expect(calls).toHaveLength(1);
    expect(await pendingCount()).toBe(0);
  });

  it('tries a retry mark (markFailed) again too, so the retry waits its backoff and is sent once more', async () => {
    const { time, store, calls, enqueue, dispatcher } = await dispatcherFixture((_, index) =>
      index === 0 ? THROUGHPUT : 'ok',
    );
    const { outbox, tries } = failingFirst(store, 'markFailed', 2);
    await enqueue();
    const sender = dispatcher({ outbox, backoff: { baseMs: 1000 } });
    expect(await time.settle(sender.runOnce())).toMatchObject({ claimed: 1, retried: 1, errors: 0 });
    expect(tries).toHaveLength(3);
    await time.advance(60_001);
    expect(await time.settle(sender.runOnce())).toMatchObject({ claimed: 1, sent: 1 });
    expect(calls).toHaveLength(2);
  });

  it('gives up before the lease ends when the store stays down, and says so', async () => {
    const { time, store, events, enqueue, dispatcher } = await dispatcherFixture();
    const { outbox, tries } = failingFirst(store, 'markSent', Number.POSITIVE_INFINITY);
    await enqueue();
    const started = time.nowMs();
    const sender = dispatcher({ outbox, leaseMs: 10_000 });
    expect(await time.settle(sender.runOnce())).toMatchObject({ claimed: 1, sent: 0, errors: 1 });
    expect(time.nowMs() - started).toBeLessThan(10_000);
    expect(tries.length).toBeGreaterThan(3);
    const last = events.at(-1);
    expect(last).toMatchObject({ type: 'error' });
    expect(last?.type === 'error' ? last.message : '').toMatch(/^markSent gave up after \d+ tries/);
  });
});
