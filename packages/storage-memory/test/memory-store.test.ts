import { createMemoryStore, memoryTablesOf } from '@antrean/storage-memory';
import { conformanceFixtures as fx } from '@antrean/testkit';
import { describe, expect, it } from 'vitest';

// What the shared suite cannot know about this store: its failure paths and that it hands out copies.
describe('createMemoryStore', () => {
  const session = fx.slot(fx.DAY, '08:00', 2);

  it('declares itself neither durable nor multi-process', () => {
    expect(createMemoryStore().capabilities).toEqual({ multiProcess: false, durable: false });
  });

  it('turns a throwing render into a StoreUnavailable error and writes nothing', async () => {
    const store = createMemoryStore();
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
  });

  it('answers every call after close with StoreUnavailable', async () => {
    const store = createMemoryStore();
    await store.close();
    const result = await store.findByCode('ABCD2345');
    expect(result.isErr() && result.error.type).toBe('StoreUnavailable');
  });

  it('hands out copies: changing a returned booking does not change the store', async () => {
    const store = createMemoryStore();
    const draft = fx.newBooking(fx.fixtures());
    const reserved = (await store.reserve(fx.reserveInput(draft, [session])))._unsafeUnwrap();
    if (reserved.type !== 'Reserved') throw new Error(`expected Reserved, got ${reserved.type}`);
    reserved.booking.checkInDeadline.setTime(0);
    const found = (await store.findByCode(draft.code))._unsafeUnwrap();
    expect(found?.checkInDeadline).toEqual(session.checkInDeadline);
  });

  it('is not found by memoryTablesOf when the store is another kind', () => {
    const other = { ...createMemoryStore() };
    expect(memoryTablesOf(other)).toBeUndefined();
  });
});
