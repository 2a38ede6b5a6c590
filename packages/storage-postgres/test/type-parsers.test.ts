import { createPostgresStore } from '@antrean/storage-postgres';
import { conformanceFixtures as fx } from '@antrean/testkit';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from './test-database';

const db = await openTestDatabase();
afterAll(() => db.close());

// A host may configure its pool to parse types its own way; the store must not depend on it.
describe('a pool with its own type parsers', () => {
  it('every value left as PostgreSQL text: bookings, counts and replies read back the same', async () => {
    const pool = new pg.Pool({
      connectionString: db.url,
      max: 2,
      types: { getTypeParser: () => (v: string) => v },
    });
    try {
      const store = (await createPostgresStore(pool, { schema: db.freshSchema() }))._unsafeUnwrap();
      const f = fx.fixtures();
      const session = fx.slot(fx.DAY, '08:00', 1);
      const key = f.messageKey();
      const render = (booking: Parameters<typeof fx.confirmation>[0]) => fx.confirmation(booking, 'typed');
      const draft = fx.newBooking(f);
      const result = (
        await store.reserve(fx.reserveInput(draft, [session], { message: { key, render } }))
      )._unsafeUnwrap();
      if (result.type !== 'Reserved') throw new Error(`expected Reserved, got ${result.type}`);
      expect((await store.findByCode(draft.officeId, draft.code))._unsafeUnwrap()).toEqual(result.booking);
      expect((await store.listByDate(f.officeId, fx.DAY))._unsafeUnwrap()).toEqual([result.booking]);
      expect((await store.countBySlot(f.officeId, [fx.DAY]))._unsafeUnwrap()).toEqual(
        new Map([[session.slotId, 1]]),
      );
      expect((await store.findReply(key))._unsafeUnwrap()).toEqual(result.reply);
      const other = fx.newBooking(f, { phone: draft.phone });
      const bound = await store.reserve(fx.reserveInput(other, [fx.slot(fx.DAY, '10:00', 1)]));
      expect(bound._unsafeUnwrap()).toEqual({ type: 'NumberBound' });
      const again = { ...fx.newBooking(f), applicantKey: draft.applicantKey };
      const has = (await store.reserve(fx.reserveInput(again, [session])))._unsafeUnwrap();
      expect(has.type === 'ApplicantHasBooking' && has.existing).toEqual(result.booking);
    } finally {
      await pool.end();
    }
  });
});
