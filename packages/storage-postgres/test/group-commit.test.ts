import type { Booking, ReserveResult, StoreError } from '@antrean/core';
import { createPostgresStore, type PoolLike, type PostgresStoreOptions } from '@antrean/storage-postgres';
import { conformanceFixtures as fx } from '@antrean/testkit';
import type { Result } from 'neverthrow';
import { afterAll, describe, expect, it } from 'vitest';
import { type BeforeQuery, hookedPool } from './hooked-pool';
import { probeOf } from './postgres-harness';
import { openTestDatabase } from './test-database';

const db = await openTestDatabase();
afterAll(() => db.close());
const probe = probeOf(db.pool(2), db.schema);

const storeOver = async (pool: PoolLike, options: Omit<PostgresStoreOptions, 'schema'> = {}) =>
  (await createPostgresStore(pool, { ...options, schema: db.schema }))._unsafeUnwrap();
/** A batched store whose statements are logged (and hooked), with its migration's statements left out. */
const hookedStore = async (before: BeforeQuery = () => undefined, options = {}) => {
  const { pool, log } = hookedPool(db.pool(2), before);
  const store = await storeOver(pool, options);
  log.statements.length = 0;
  return { store, log };
};
const opensMember = (sql: string) => sql.endsWith('SAVEPOINT antrean_member') && !sql.startsWith('ROLLBACK');
const type = (result: Result<ReserveResult, StoreError>) =>
  result.isOk() ? result._unsafeUnwrap().type : 'err';

describe('postgres group commit', () => {
  const session = fx.slot(fx.DAY, '08:00', 50);

  it('a batch member whose render throws, or whose SQL fails, rolls back alone; its neighbours commit', async () => {
    const { store, log } = await hookedStore();
    const f = fx.fixtures();
    const drafts = [0, 1, 2, 3].map(() => fx.newBooking(f));
    const keys = drafts.map(() => f.messageKey());
    const render = (booking: Booking) => fx.confirmation(booking, 'ok');
    const broken = (_: Booking) => {
      throw new Error('template broken');
    };
    // An impossible date makes the counter upsert itself fail, after the member's first statements.
    const badSession = { ...session, slotId: 'bad', date: '2030-02-31' };
    const results = await Promise.all([
      store.reserve(fx.reserveInput(drafts[0]!, [session], { message: { key: keys[0]!, render } })),
      store.reserve(fx.reserveInput(drafts[1]!, [session], { message: { key: keys[1]!, render: broken } })),
      store.reserve(fx.reserveInput(drafts[2]!, [badSession], { message: { key: keys[2]!, render } })),
      store.reserve(fx.reserveInput(drafts[3]!, [session], { message: { key: keys[3]!, render } })),
    ]);
    expect(results.map(type)).toEqual(['Reserved', 'err', 'err', 'Reserved']);
    expect(results[1]!._unsafeUnwrapErr().message).toBe('postgres store: reserve failed: template broken');
    expect(results[2]!._unsafeUnwrapErr().message).toMatch(
      /^postgres store: reserve failed \(SQLSTATE 22008\)/,
    );
    // One transaction carried all four.
    expect(log.statements.filter((s) => s === 'BEGIN')).toHaveLength(1);
    expect(log.statements.filter((s) => s === 'COMMIT')).toHaveLength(1);
    expect(log.statements.filter(opensMember)).toHaveLength(4);
    expect(log.statements.filter((s) => s.startsWith('ROLLBACK TO'))).toHaveLength(2);
    const stored = await Promise.all(drafts.map((d) => probe.booking(d.code)));
    expect(stored.map((b) => b?.status)).toEqual(['active', undefined, undefined, 'active']);
    const replies = await Promise.all(keys.map((k) => probe.messageReply(k)));
    expect(replies.map((r) => r !== undefined)).toEqual([true, false, false, true]);
    expect(await probe.heldInSlot(f.officeId, session.slotId)).toBe(2);
  });

  it('writes arriving together share transactions, and none is answered before its COMMIT', async () => {
    let answered = 0;
    let committed = 0;
    const early: string[] = [];
    let inBatch = 0;
    const { store, log } = await hookedStore(async (sql) => {
      if (sql === 'BEGIN') inBatch = 0;
      if (opensMember(sql)) inBatch += 1;
      if (sql !== 'COMMIT') return;
      // Any answer given before this COMMIT was resolved before it was sent; one turn of the event
      // loop runs every continuation already queued, so an early answer has been counted by now.
      await new Promise(setImmediate);
      if (answered !== committed) early.push(`${answered} answered, ${committed} committed`);
      committed += inBatch;
    });
    const f = fx.fixtures();
    const calls = Array.from({ length: 40 }, async () => {
      const result = await store.reserve(fx.reserveInput(fx.newBooking(f), [session]));
      answered += 1;
      return result;
    });
    const results = await Promise.all(calls);
    expect(results.map(type).filter((t) => t === 'Reserved')).toHaveLength(40);
    expect(early).toEqual([]);
    const commits = log.statements.filter((s) => s === 'COMMIT').length;
    expect(commits).toBeGreaterThan(0);
    expect(commits).toBeLessThan(40);
    expect(committed).toBe(40);
  });

  it('cancels join batches too, and maxBatch bounds a transaction', async () => {
    const { store, log } = await hookedStore(undefined, { groupCommit: { maxBatch: 3 } });
    const f = fx.fixtures();
    const drafts = Array.from({ length: 6 }, () => fx.newBooking(f));
    await Promise.all(drafts.map((d) => store.reserve(fx.reserveInput(d, [session]))));
    log.statements.length = 0;
    const cancels = await Promise.all(drafts.map((d) => store.cancel(fx.cancelInput(d))));
    expect(cancels.map((c) => c._unsafeUnwrap().type)).toEqual(Array(6).fill('Cancelled'));
    expect(log.statements.filter((s) => s === 'COMMIT').length).toBeGreaterThanOrEqual(2);
    expect(await probe.heldInSlot(f.officeId, session.slotId)).toBe(0);
  });

  it('a member whose conflict never clears is retried a bounded number of times, alone', async () => {
    const doomed = fx.newBooking(fx.fixtures());
    const { store, log } = await hookedStore((sql) => {
      // As if another process's booking won every time: the member is re-run from its savepoint.
      if (/INSERT INTO \S+\.bookings/.test(sql))
        throw Object.assign(new Error('duplicate key'), { code: '23505' });
    });
    const result = await store.reserve(fx.reserveInput(doomed, [session]));
    expect(result._unsafeUnwrapErr().message).toBe(
      'postgres store: reserve failed (SQLSTATE 23505): duplicate key',
    );
    expect(log.statements.filter((s) => s.startsWith('ROLLBACK TO'))).toHaveLength(8);
    expect(log.statements.at(-1)).toBe('COMMIT');
  });

  it('a lone write with maxWaitMs waits for company, then commits', async () => {
    const { store } = await hookedStore(undefined, { groupCommit: { maxWaitMs: 20 } });
    const started = performance.now();
    const result = await store.reserve(fx.reserveInput(fx.newBooking(fx.fixtures()), [session]));
    expect(result._unsafeUnwrap().type).toBe('Reserved');
    expect(performance.now() - started).toBeGreaterThanOrEqual(19);
  });

  it('a pool that cannot hand out a client fails the waiting writes, and the next ones succeed', async () => {
    let reachable = true;
    const real = db.pool(2);
    const flaky: PoolLike = {
      connect: () => (reachable ? real.connect() : Promise.reject(new Error('server gone'))),
    };
    const store = await storeOver(flaky);
    reachable = false;
    const f = fx.fixtures();
    const failed = await Promise.all(
      [0, 1].map(() => store.reserve(fx.reserveInput(fx.newBooking(f), [session]))),
    );
    expect(failed.map((r) => r._unsafeUnwrapErr().message)).toEqual(
      Array(2).fill('postgres store: reserve failed: server gone'),
    );
    reachable = true;
    expect((await store.reserve(fx.reserveInput(fx.newBooking(f), [session])))._unsafeUnwrap().type).toBe(
      'Reserved',
    );
  });

  it.each([
    [{ maxBatch: 0 }, 'groupCommit.maxBatch must be a whole number from 1 to 10000, got 0'],
    [{ maxBatch: 2.5 }, 'groupCommit.maxBatch must be a whole number from 1 to 10000, got 2.5'],
    [{ maxWaitMs: -1 }, 'groupCommit.maxWaitMs must be a number of milliseconds from 0 to 1000, got -1'],
    [
      { maxWaitMs: Number.NaN },
      'groupCommit.maxWaitMs must be a number of milliseconds from 0 to 1000, got NaN',
    ],
    ['yes', 'groupCommit must be an object or false'],
  ])('refuses groupCommit %j with an error, not a throw', async (groupCommit, message) => {
    const created = await createPostgresStore(db.pool(1), {
      schema: db.schema,
      groupCommit: groupCommit as NonNullable<PostgresStoreOptions['groupCommit']>,
    });
    expect(created._unsafeUnwrapErr()).toEqual({
      type: 'StoreUnavailable',
      message: `postgres store: ${message}`,
    });
  });
});
