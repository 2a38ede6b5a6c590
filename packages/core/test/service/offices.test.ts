import { createMemoryStore } from '@antrean/storage-memory';
import { describe, expect, it } from 'vitest';
import { canonical, movableClock, PHONE_A, serviceFixture, smallOffice } from './service-fixture';

// Issue 6: office B's #BATAL# cancelled office A's booking and B's counter checked A's code in.
describe('two offices on one store', () => {
  it("office B answers A's code as unknown for #CEK#, #BATAL# and the counter, and A's booking stays", async () => {
    const store = (await createMemoryStore())._unsafeUnwrap();
    const clock = movableClock();
    const a = await serviceFixture({ office: smallOffice({ id: 'kanim-a' }), store, clock });
    const b = await serviceFixture({ office: smallOffice({ id: 'kanim-b' }), store, clock });
    const booked = await a.send('#BUDI SANTOSO#25011987#07122026', PHONE_A);
    const code = booked.outcome.kind === 'confirmed' ? booked.outcome.code : '';
    const unknown = { kind: 'rejected', reason: 'CodeNotFound', problem: 'unknown' };
    // Each fixture numbers its messages m1, m2, ...: B's need ids of their own on the shared log.
    expect((await b.send(`#CEK#${code}`, PHONE_A, 'b-1')).outcome).toEqual(unknown);
    expect((await b.send(`#BATAL#${code}`, PHONE_A, 'b-2')).outcome).toEqual(unknown);
    clock.set('2026-12-07T00:00:00Z');
    expect((await b.service.checkIn(code))._unsafeUnwrap()).toEqual({ type: 'NotFound' });
    expect((await b.service.dayList('2026-12-07'))._unsafeUnwrap()).toEqual([]);
    const atA = (await store.findByCode('kanim-a', canonical(code)))._unsafeUnwrap();
    expect(atA?.status).toBe('active');
    expect((await a.send(`#CEK#${code}`, PHONE_A)).outcome).toMatchObject({
      kind: 'status',
      state: 'active',
    });
    expect((await a.service.checkIn(code))._unsafeUnwrap().type).toBe('CheckedIn');
  });
});
