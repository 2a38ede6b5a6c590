import { ConcurrentChange, type LedgerPrimitives, type Reply } from '@antrean/core';
import { createMemoryStore } from '@antrean/storage-memory';
import { conformanceFixtures as fx } from '@antrean/testkit';
import { describe, expect, it } from 'vitest';

const OFFICE = 'office-a';
const freshStore = async () => (await createMemoryStore())._unsafeUnwrap();
/** Lets every other queued callback run, so an interleaving store would interleave here. */
const yieldTurn = () => new Promise((resolve) => setImmediate(resolve));
const take = (tx: LedgerPrimitives, capacity: number) =>
  tx.takePlace(OFFICE, fx.slot(fx.DAY, '08:00', capacity));
const held = async (store: Awaited<ReturnType<typeof freshStore>>) =>
  (await store.countBySlot(OFFICE, [fx.DAY]))._unsafeUnwrap();

// What the shared suite cannot see: how the memory store's own transaction undoes, retries and serialises.
describe('memory store transaction', () => {
  it('takes a place only while fewer than the capacity are held', async () => {
    const store = await freshStore();
    const taken = await store.transact({ useCase: 'reserve' }, async (tx) => [
      await take(tx, 2),
      await take(tx, 2),
      await take(tx, 2),
      await take(tx, 0),
    ]);
    expect(taken._unsafeUnwrap()).toEqual([true, true, false, false]);
  });

  it('undoes every write of a work that rejects, and reports StoreUnavailable', async () => {
    const store = await freshStore();
    const result = await store.transact({ useCase: 'issueWalkIn' }, async (tx) => {
      await take(tx, 5);
      await tx.recordReply({
        key: fx.fixtures().messageKey(),
        reply: { text: 'x', outcome: { kind: 'help' } } as Reply,
        at: fx.NOW,
      });
      throw new Error('broken after writing');
    });
    expect(result.isErr() && result.error).toMatchObject({
      type: 'StoreUnavailable',
      message: 'issueWalkIn failed: broken after writing',
    });
    expect(await held(store)).toEqual(new Map());
  });

  it('runs a work that lost a race again on undone rows, and gives up after 8 attempts', async () => {
    const store = await freshStore();
    let runs = 0;
    const retried = await store.transact({ useCase: 'reserve' }, async (tx) => {
      runs += 1;
      await take(tx, 5);
      if (runs < 3) throw new ConcurrentChange('lost');
      return runs;
    });
    expect(retried._unsafeUnwrap()).toBe(3);
    expect(await held(store)).toEqual(new Map([['2030-03-04@08:00', 1]]));
    runs = 0;
    const hopeless = await store.transact({ useCase: 'cancel' }, async (tx) => {
      runs += 1;
      await take(tx, 5);
      throw new ConcurrentChange('always lost');
    });
    expect(runs).toBe(8);
    expect(hopeless.isErr() && hopeless.error.message).toBe(
      'cancel failed: gave up after 8 attempts: always lost',
    );
    expect(await held(store)).toEqual(new Map([['2030-03-04@08:00', 1]]));
  });

  it('runs transactions one at a time, and a read waits for the one before it', async () => {
    const store = await freshStore();
    const steps: string[] = [];
    const work = (name: string, fail: boolean) => async (tx: LedgerPrimitives) => {
      steps.push(`${name} starts`);
      await take(tx, 5);
      await yieldTurn();
      steps.push(`${name} ends`);
      if (fail) throw new Error('rolled back');
    };
    const [first, read, second] = await Promise.all([
      store.transact({ useCase: 'reserve' }, work('first', true)),
      store.countBySlot(OFFICE, [fx.DAY]),
      store.transact({ useCase: 'reserve' }, work('second', false)),
    ]);
    expect(steps).toEqual(['first starts', 'first ends', 'second starts', 'second ends']);
    expect(first.isErr()).toBe(true);
    expect(read._unsafeUnwrap()).toEqual(new Map());
    expect(second.isOk()).toBe(true);
  });

  it('answers a transaction after close with StoreUnavailable, running nothing', async () => {
    const store = await freshStore();
    await store.close();
    let ran = false;
    const result = await store.transact({ useCase: 'purge' }, async () => {
      ran = true;
    });
    expect(result.isErr() && result.error.message).toBe('memory store is closed (purge)');
    expect(ran).toBe(false);
  });
});
