import { describe, expect, it } from 'vitest';
import { dispatcherFixture } from './dispatcher-fixture';

/** A promise the test resolves when it chooses. */
const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
};

describe('reply dispatcher: leases, crashes and replicas', () => {
  it('resumes after a crash mid-send: once the lease expires another dispatcher sends it, once', async () => {
    const never = new Promise<void>(() => undefined);
    const { time, calls, enqueue, dispatcher, pendingCount } = await dispatcherFixture((_, index) =>
      index === 0 ? never : 'ok',
    );
    await enqueue();
    void dispatcher({ leaseMs: 60_000 }).runOnce(); // claims, then its send never returns: the process died
    await time.advance(10);
    const restarted = dispatcher({ leaseMs: 60_000 });
    expect(await time.settle(restarted.runOnce())).toMatchObject({ claimed: 0 });
    await time.advance(60_000);
    expect(await time.settle(restarted.runOnce())).toMatchObject({ claimed: 1, sent: 1 });
    expect(await time.settle(restarted.runOnce())).toMatchObject({ claimed: 0 });
    expect(calls.map((call) => call.id)).toEqual(['1', '1']); // the lost attempt, then the one that sent
    expect(await pendingCount()).toBe(0);
  });

  it('two dispatchers over one store never send one item twice', async () => {
    const { time, calls, enqueue, dispatcher, pendingCount } = await dispatcherFixture();
    for (let i = 0; i < 40; i++) await enqueue(`+62812990044${String(i).padStart(2, '0')}`);
    const a = dispatcher({ batchSize: 3 });
    const b = dispatcher({ batchSize: 3 });
    for (let round = 0; round < 20 && (await pendingCount()) > 0; round++) {
      await time.settle(Promise.all([a.runOnce(), b.runOnce(), a.runOnce()]));
    }
    const ids = calls.map((call) => call.id);
    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(40);
  });

  it('a dispatcher whose lease was taken over reports leaseLost and leaves the item to the new holder', async () => {
    const slow = deferred();
    const { time, calls, events, enqueue, dispatcher, store } = await dispatcherFixture((_, index) =>
      index === 0 ? slow.promise : 'ok',
    );
    await enqueue();
    const first = dispatcher({ leaseMs: 1000 }).runOnce();
    await time.advance(1000);
    expect(await time.settle(dispatcher({ leaseMs: 1000 }).runOnce())).toMatchObject({ sent: 1 });
    slow.resolve();
    expect(await time.settle(first)).toMatchObject({ leaseLost: 1 });
    expect(events.map((event) => event.type)).toEqual(['sent', 'leaseLost']);
    expect(calls).toHaveLength(2); // the duplicate a send outliving its lease causes: why leaseMs > send timeout
    expect((await store.outboxStats())._unsafeUnwrap().pending).toBe(0);
  });

  it('stop() waits for sends in flight, marks them, and claims nothing more', async () => {
    const slow = deferred();
    const { time, calls, enqueue, dispatcher, pendingCount } = await dispatcherFixture((_, index) =>
      index === 0 ? slow.promise : 'ok',
    );
    await enqueue('+6281299004401');
    const sender = dispatcher();
    sender.start();
    await time.advance(0);
    expect(calls).toHaveLength(1);
    let stopped = false;
    const stopping = sender.stop().then(() => {
      stopped = true;
    });
    await enqueue('+6281299004402');
    await time.advance(5000);
    expect(stopped).toBe(false);
    slow.resolve();
    await time.settle(stopping);
    expect(calls).toHaveLength(1);
    expect(await pendingCount()).toBe(1); // the one enqueued after stop() waits for the next dispatcher
  });

  it('a send that hangs holds up only its own reply: the running loop goes on with the next', async () => {
    const slow = deferred();
    const { time, calls, enqueue, dispatcher, pendingCount } = await dispatcherFixture((_, index) =>
      index === 0 ? slow.promise : 'ok',
    );
    await enqueue('+6281299004401');
    const sender = dispatcher({ idleWaitMs: 100 });
    sender.start();
    await time.advance(0);
    await enqueue('+6281299004402');
    await enqueue('+6281299004403');
    await time.advance(200);
    expect(calls.map((call) => call.to)).toEqual(['+6281299004401', '+6281299004402', '+6281299004403']);
    expect(await pendingCount()).toBe(1);
    slow.resolve();
    await time.settle(sender.stop());
    expect(await pendingCount()).toBe(0);
  });

  it('the running loop keeps sending what arrives, waiting idleWaitMs when nothing is due', async () => {
    const { time, calls, enqueue, dispatcher } = await dispatcherFixture();
    const sender = dispatcher({ idleWaitMs: 500 });
    sender.start();
    await time.advance(100);
    await enqueue('+6281299004401');
    await time.advance(399);
    expect(calls).toHaveLength(0);
    await time.advance(1);
    expect(calls).toHaveLength(1);
    await time.settle(sender.stop());
  });
});
