import type { BookingStore } from '@antrean/core';
import { createMemoryStore, memoryTablesOf } from '@antrean/storage-memory';
import { conformanceFixtures as fx } from '@antrean/testkit';
import { describe, expect, it } from 'vitest';

/** A fresh memory store (its factory is a ResultAsync like every store's, and always ok). */
const freshStore = async (): Promise<BookingStore> => (await createMemoryStore())._unsafeUnwrap();

// What the shared suite cannot know about this store: its failure paths and that it hands out copies.
describe('createMemoryStore', () => {
  const session = fx.slot(fx.DAY, '08:00', 2);

  it('is ok, and declares itself neither durable nor multi-process', async () => {
    const created = await createMemoryStore();
    expect(created.isOk()).toBe(true);
    expect(created._unsafeUnwrap().capabilities).toEqual({ multiProcess: false, durable: false });
  });

  it('turns a throwing render into a StoreUnavailable error and writes nothing', async () => {
    const store = await freshStore();
    const f = fx.fixtures();
    const draft = fx.newBooking(f);
    const render = () => {
      throw new Error('template broken');
    };
    const input = fx.reserveInput(draft, [session], { message: { key: f.messageKey(), render } });
    const result = await store.reserve(input);
    expect(result.isErr() && result.error).toMatchObject({
      type: 'StoreUnavailable',
      message: 'reserve failed: template broken',
    });
    expect(memoryTablesOf(store)?.bookings.size).toBe(0);
    expect(memoryTablesOf(store)?.bindings.size).toBe(0);
    // The place taken before `render` ran is given back with the rest of the transaction.
    expect((await store.countBySlot(draft.officeId, [fx.DAY]))._unsafeUnwrap()).toEqual(new Map());
  });

  it('answers every call after close with StoreUnavailable, health included', async () => {
    const store = await freshStore();
    expect((await store.health()).isOk()).toBe(true);
    await store.close();
    const result = await store.findByCode('office', 'ABCD2345');
    expect(result.isErr() && result.error.type).toBe('StoreUnavailable');
    const health = await store.health();
    expect(health.isErr() && health.error.type).toBe('StoreUnavailable');
  });

  it('hands out copies: changing a returned booking does not change the store', async () => {
    const store = await freshStore();
    const draft = fx.newBooking(fx.fixtures());
    const reserved = (await store.reserve(fx.reserveInput(draft, [session])))._unsafeUnwrap();
    if (reserved.type !== 'Reserved') throw new Error(`expected Reserved, got ${reserved.type}`);
    reserved.booking.checkInDeadline.setTime(0);
    const found = (await store.findByCode(draft.officeId, draft.code))._unsafeUnwrap();
    expect(found?.checkInDeadline).toEqual(session.checkInDeadline);
  });

  it('is not found by memoryTablesOf when the store is another kind', async () => {
    const other = { ...(await freshStore()) };
    expect(memoryTablesOf(other)).toBeUndefined();
  });
});
