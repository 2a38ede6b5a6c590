import type { BookingStore, Reply } from '@antrean/core';
import { createMemoryStore } from '@antrean/storage-memory';
import { conformanceFixtures as fx } from '@antrean/testkit';
import { describe, expect, it } from 'vitest';

const freshStore = async (): Promise<BookingStore> => (await createMemoryStore())._unsafeUnwrap();

// The store copies bookings (they hold mutable Dates) and shares replies frozen: neither lets a
// caller change what is stored.
describe('memory store rows handed out', () => {
  const session = fx.slot(fx.DAY, '08:00', 2);

  it('gives every reader its own Dates of a booking', async () => {
    const store = await freshStore();
    const draft = fx.newBooking(fx.fixtures());
    await store.reserve(fx.reserveInput(draft, [session]));
    const first = (await store.findByCode(draft.officeId, draft.code))._unsafeUnwrap();
    first?.startsAt.setTime(0);
    first?.updatedAt.setTime(0);
    const [listed] = (await store.listByDate(draft.officeId, fx.DAY))._unsafeUnwrap();
    listed?.createdAt.setTime(0);
    const again = (await store.findByCode(draft.officeId, draft.code))._unsafeUnwrap();
    expect(again?.startsAt).toEqual(session.startsAt);
    expect(again?.createdAt.getTime()).not.toBe(0);
    expect(again?.updatedAt.getTime()).not.toBe(0);
  });

  it('keeps its own frozen copy of a reply: neither the writer nor a reader can change it', async () => {
    const store = await freshStore();
    const key = fx.fixtures().messageKey();
    const written = { text: 'Booking berhasil.', outcome: { kind: 'help' } } as Reply;
    const recorded = (await store.recordReply(key, written, new Date()))._unsafeUnwrap();
    (written as { text: string }).text = 'changed by the writer';
    expect(Object.isFrozen(recorded.reply)).toBe(true);
    expect(Object.isFrozen(recorded.reply.outcome)).toBe(true);
    expect(() => {
      (recorded.reply as { text: string }).text = 'changed by a reader';
    }).toThrow(TypeError);
    const found = (await store.findReply(key))._unsafeUnwrap();
    expect(found?.text).toBe('Booking berhasil.');
  });
});
