import {
  type BookingStore,
  createReplyDispatcher,
  type ReplyDispatcherOptions,
  systemClock,
} from '@antrean/core';
import { errAsync, okAsync } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { dispatcherFixture } from './dispatcher-fixture';

describe('createReplyDispatcher', () => {
  it('names the option that cannot work', async () => {
    const { store, send } = await dispatcherFixture();
    const base: ReplyDispatcherOptions = { outbox: store, send, clock: systemClock };
    const refused = (options: object) => {
      const result = createReplyDispatcher({ ...base, ...options } as ReplyDispatcherOptions);
      return result.isErr() ? result.error.dependency : 'accepted';
    };
    expect(refused({})).toBe('accepted');
    expect(refused({ outbox: { claim: () => okAsync([]) } })).toBe('outbox');
    expect(refused({ send: 'fetch' })).toBe('send');
    expect(refused({ clock: Date })).toBe('clock');
    expect(refused({ ratePerSecond: 0 })).toBe('ratePerSecond');
    expect(refused({ recipientBurst: 1.5 })).toBe('recipientBurst');
    expect(refused({ backoff: { maxAttempts: 0 } })).toBe('backoff');
    expect(refused({ leaseMs: 10 })).toBe('leaseMs');
    expect(refused({ batchSize: Number.NaN })).toBe('batchSize');
    expect(refused({ random: 0.5 })).toBe('random');
  });

  it('reports a failing or throwing store as errors, never throwing, and a lost store call leaves the item to its lease', async () => {
    const { time, store, send, enqueue } = await dispatcherFixture();
    const down = { type: 'StoreUnavailable' as const, message: 'connection refused' };
    const failing: BookingStore = { ...store, claim: () => errAsync(down) };
    const throwing: BookingStore = {
      ...store,
      claim: () => {
        throw new Error('driver bug');
      },
    };
    for (const outbox of [failing, throwing]) {
      const events: unknown[] = [];
      const dispatcher = createReplyDispatcher({
        outbox,
        send,
        clock: time.clock,
        sleep: time.sleep,
        onEvent: (event) => events.push(event),
      })._unsafeUnwrap();
      expect(await time.settle(dispatcher.runOnce())).toMatchObject({ claimed: 0, errors: 1 });
      expect(events).toEqual([expect.objectContaining({ type: 'error' })]);
    }
    await enqueue();
    const unmarkable: BookingStore = { ...store, markSent: () => errAsync(down) };
    const dispatcher = createReplyDispatcher({
      outbox: unmarkable,
      send,
      clock: time.clock,
      sleep: time.sleep,
    });
    expect(await time.settle(dispatcher._unsafeUnwrap().runOnce())).toMatchObject({ claimed: 1, errors: 1 });
    expect((await store.outboxStats())._unsafeUnwrap().pending).toBe(1);
  });

  it('a send function returning no Result counts as a retryable failure', async () => {
    const { time, store, enqueue } = await dispatcherFixture();
    await enqueue();
    const events: { type: string }[] = [];
    const send = (async () => ({ providerMessageId: 'wamid.x' })) as never;
    const dispatcher = createReplyDispatcher({
      outbox: store,
      send,
      clock: time.clock,
      sleep: time.sleep,
      onEvent: (event) => events.push(event),
    })._unsafeUnwrap();
    expect(await time.settle(dispatcher.runOnce())).toMatchObject({ claimed: 1, retried: 1 });
    expect(events.map((event) => event.type)).toEqual(['retry']);
  });

  it('a listener that throws does not stop delivery', async () => {
    const { time, calls, enqueue, dispatcher, pendingCount } = await dispatcherFixture();
    await enqueue();
    const sender = dispatcher({
      onEvent: () => {
        throw new Error('logger broke');
      },
    });
    expect(await time.settle(sender.runOnce())).toMatchObject({ sent: 1 });
    expect(calls).toHaveLength(1);
    expect(await pendingCount()).toBe(0);
  });
});
