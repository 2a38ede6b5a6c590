import type { Booking, BookingStore, ReserveResult } from '@antrean/core';
import { createPostgresStore, type PoolLike } from '@antrean/storage-postgres';
import { conformanceFixtures as fx } from '@antrean/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import { type BeforeQuery, hookedPool, once } from './hooked-pool';
import { blockedOnLock } from './lock-waiters';
import { probeOf } from './postgres-harness';
import { openTestDatabase, queryIn } from './test-database';

/**
 * Each race of the reservation, forced deterministically: a hook pauses our transaction just
 * before the statement the race is about, and a competitor on another connection commits first.
 * PGlite runs one transaction at a time (the competitor would wait for ours forever), so these
 * need a real server; CI sets ANTREAN_TEST_DATABASE_URL.
 */
const db = await openTestDatabase();
afterAll(() => db.close());
const onServer = db.engine === 'postgres';
const note = onServer ? '' : ' (skipped: needs a real PostgreSQL server in ANTREAN_TEST_DATABASE_URL)';

const open = async (pool: PoolLike, groupCommit?: false): Promise<BookingStore> =>
  (
    await createPostgresStore(pool, { schema: db.schema, ...(groupCommit === false ? { groupCommit } : {}) })
  )._unsafeUnwrap();
const probe = probeOf(db.pool(2), db.schema);
const counter = async (officeId: string, slotId: string): Promise<number> =>
  Number(
    (
      await queryIn(
        db.pool(1),
        `SELECT held FROM "${db.schema}".slots WHERE office_id = $1 AND slot_id = $2`,
        [officeId, slotId],
      )
    )[0]?.held ?? 0,
  );

/**
 * Our store (paused by `hook`) and a competitor on its own pool. Ours groups its writes (the
 * default), so a lost race is re-run from the member's savepoint. The competitor writes without
 * group commit: a batched one would wait for the office lock our paused batch holds.
 */
const contenders = async (hook: (competitor: BookingStore) => BeforeQuery) => {
  const competitor = await open(db.pool(2), false);
  const ours = await open(hookedPool(db.pool(2), hook(competitor)).pool);
  return { ours, competitor };
};
const reserved = (result: ReserveResult): Booking => {
  if (result.type !== 'Reserved') throw new Error(`expected Reserved, got ${result.type}`);
  return result.booking;
};

describe('postgres races, each forced', () => {
  const mine = fx.slot(fx.DAY, '08:00', 5);
  const theirs = fx.slot(fx.DAY, '10:00', 5);

  it.skipIf(!onServer)(`same applicant committed first: ApplicantHasBooking with theirs${note}`, async () => {
    const f = fx.fixtures();
    const draft = fx.newBooking(f);
    const rival = { ...fx.newBooking(f), applicant: draft.applicant, applicantKey: draft.applicantKey };
    const { ours } = await contenders((competitor) =>
      once(/INSERT INTO \S+\.bookings/, async () => {
        reserved((await competitor.reserve(fx.reserveInput(rival, [theirs])))._unsafeUnwrap());
      }),
    );
    const result = (await ours.reserve(fx.reserveInput(draft, [mine])))._unsafeUnwrap();
    expect(result.type === 'ApplicantHasBooking' && result.existing.code).toBe(rival.code);
    expect(await probe.activeForApplicant(draft.applicantKey)).toBe(1);
    expect([await counter(f.officeId, mine.slotId), await counter(f.officeId, theirs.slotId)]).toEqual([
      0, 1,
    ]);
  });

  it.skipIf(!onServer)(`same message answered first: DuplicateMessage with that reply${note}`, async () => {
    const f = fx.fixtures();
    const key = f.messageKey();
    const winner = fx.helpReply('winner');
    const draft = fx.newBooking(f);
    const { ours } = await contenders((competitor) =>
      once(/INSERT INTO \S+\.messages/, async () => {
        (await competitor.recordReply(key, winner, fx.NOW))._unsafeUnwrap();
      }),
    );
    const render = (booking: Booking) => fx.confirmation(booking, 'loser');
    const result = (
      await ours.reserve(fx.reserveInput(draft, [mine], { message: { key, render } }))
    )._unsafeUnwrap();
    expect(result).toEqual({ type: 'DuplicateMessage', reply: winner });
    expect(await probe.booking(draft.code)).toBeUndefined();
    expect(await counter(f.officeId, mine.slotId)).toBe(0);
  });

  it.skipIf(!onServer)(`same code committed first: CodeTaken${note}`, async () => {
    const f = fx.fixtures();
    const draft = fx.newBooking(f);
    const rival = fx.newBooking(f, { code: draft.code });
    const { ours } = await contenders((competitor) =>
      once(/INSERT INTO \S+\.bookings/, async () => {
        reserved((await competitor.reserve(fx.reserveInput(rival, [theirs])))._unsafeUnwrap());
      }),
    );
    expect((await ours.reserve(fx.reserveInput(draft, [mine])))._unsafeUnwrap()).toEqual({
      type: 'CodeTaken',
    });
    expect((await probe.booking(draft.code))?.applicantKey).toBe(rival.applicantKey);
    expect(await counter(f.officeId, mine.slotId)).toBe(0);
  });

  it.skipIf(!onServer)(`same number bound to another applicant first: NumberBound${note}`, async () => {
    const f = fx.fixtures();
    const draft = fx.newBooking(f);
    const rival = fx.newBooking(f, { phone: draft.phone });
    const { ours } = await contenders((competitor) =>
      once(/INSERT INTO \S+\.bindings/, async () => {
        reserved((await competitor.reserve(fx.reserveInput(rival, [theirs])))._unsafeUnwrap());
      }),
    );
    expect((await ours.reserve(fx.reserveInput(draft, [mine])))._unsafeUnwrap()).toEqual({
      type: 'NumberBound',
    });
    expect(await probe.booking(draft.code)).toBeUndefined();
    expect(await counter(f.officeId, mine.slotId)).toBe(0);
  });

  it.skipIf(!onServer)(`last place taken while we waited on its row: SessionsFull${note}`, async () => {
    const f = fx.fixtures();
    const last = fx.slot(fx.DAY, '13:00', 1);
    const draft = fx.newBooking(f);
    const rival = fx.newBooking(f);
    let rivalResult: Promise<ReserveResult> | undefined;
    const { ours } = await contenders((competitor) =>
      once(/INSERT INTO \S+\.bookings/, async () => {
        // We hold the counter row: the rival blocks on it, and must re-check after we commit.
        rivalResult = (async () =>
          (await competitor.reserve(fx.reserveInput(rival, [last])))._unsafeUnwrap())();
        await blockedOnLock(db.pool(1), db.schema, 'the rival');
      }),
    );
    reserved((await ours.reserve(fx.reserveInput(draft, [last])))._unsafeUnwrap());
    expect(await rivalResult).toEqual({ type: 'SessionsFull' });
    expect(await counter(f.officeId, last.slotId)).toBe(1);
    expect(await probe.heldInSlot(f.officeId, last.slotId)).toBe(1);
  });

  it.skipIf(!onServer)(
    `a duplicate refused while the first delivery commits gets its reply${note}`,
    async () => {
      const f = fx.fixtures();
      const last = fx.slot(fx.DAY, '13:00', 1);
      const key = f.messageKey();
      const draft = fx.newBooking(f);
      const redelivery = { ...draft, code: f.code() };
      const render = (booking: Booking) => fx.confirmation(booking, 'first');
      const { ours } = await contenders((competitor) =>
        once(/INSERT INTO \S+\.slots/, async () => {
          reserved(
            (
              await competitor.reserve(fx.reserveInput(draft, [last], { message: { key, render } }))
            )._unsafeUnwrap(),
          );
        }),
      );
      const result = (
        await ours.reserve(fx.reserveInput(redelivery, [last], { message: { key, render } }))
      )._unsafeUnwrap();
      expect(result.type).toBe('DuplicateMessage');
      expect(result.type === 'DuplicateMessage' && result.reply.text).toBe(
        `first: ${draft.code.slice(0, 4)}-${draft.code.slice(4)} ${last.slotId}`,
      );
      expect(await probe.booking(redelivery.code)).toBeUndefined();
    },
  );
});
