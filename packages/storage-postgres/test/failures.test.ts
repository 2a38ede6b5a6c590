import type { Booking } from '@antrean/core';
import { type ClientLike, createPostgresStore, type PoolLike } from '@antrean/storage-postgres';
import { conformanceFixtures as fx } from '@antrean/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import { hookedPool } from './hooked-pool';
import { probeOf } from './postgres-harness';
import { openTestDatabase, queryIn } from './test-database';

const db = await openTestDatabase();
afterAll(() => db.close());
const session = fx.slot(fx.DAY, '08:00', 3);

// These check the statements of a transaction per write; group-commit.test.ts checks the batched ones.
const storeOver = async (pool: PoolLike) =>
  (await createPostgresStore(pool, { schema: db.schema, groupCommit: false }))._unsafeUnwrap();
const heldCounter = async (officeId: string): Promise<number> =>
  Number(
    (
      await queryIn(
        db.pool(1),
        `SELECT coalesce(sum(held), 0) AS n FROM "${db.schema}".slots WHERE office_id = $1`,
        [officeId],
      )
    )[0]?.n,
  );
const sqlError = (code: string, message: string) => Object.assign(new Error(message), { code });

// Every failure is an error value, the transaction is rolled back and the client given back.
describe('postgres store failures', () => {
  it('declares itself durable and multi-process', async () => {
    expect((await storeOver(db.pool())).capabilities).toEqual({ multiProcess: true, durable: true });
  });

  it('a throwing render is StoreUnavailable; nothing is written and the client goes back', async () => {
    const real = db.pool(1);
    const { pool, log } = hookedPool(real, () => undefined);
    const store = await storeOver(pool);
    const f = fx.fixtures();
    const draft = fx.newBooking(f);
    const render = (_: Booking) => {
      throw new Error('template broken');
    };
    const result = await store.reserve(
      fx.reserveInput(draft, [session], { message: { key: f.messageKey(), render } }),
    );
    expect(result._unsafeUnwrapErr()).toMatchObject({
      type: 'StoreUnavailable',
      message: 'postgres store: reserve failed: template broken',
    });
    expect(log.statements.at(-1)).toBe('ROLLBACK');
    expect(log.releases.every((r) => r === undefined)).toBe(true);
    const probe = probeOf(real, db.schema);
    expect(await probe.booking(draft.code)).toBeUndefined();
    expect(await heldCounter(f.officeId)).toBe(0);
    // The one-connection pool is usable again: the client was released.
    expect((await store.reserve(fx.reserveInput(draft, [session])))._unsafeUnwrap().type).toBe('Reserved');
  });

  it('a statement failing mid-transaction rolls back what came before it', async () => {
    const real = db.pool(2);
    const { pool, log } = hookedPool(real, (sql) => {
      if (/INSERT INTO \S+\.bindings/.test(sql)) throw new Error('connection lost');
    });
    const store = await storeOver(pool);
    log.statements.length = 0; // only the reservation's statements
    const f = fx.fixtures();
    const draft = fx.newBooking(f);
    const result = await store.reserve(fx.reserveInput(draft, [session]));
    expect(result._unsafeUnwrapErr().message).toBe('postgres store: reserve failed: connection lost');
    expect(log.statements.filter((s) => s === 'BEGIN')).toHaveLength(1);
    expect(log.statements.at(-1)).toBe('ROLLBACK');
    expect(await probeOf(real, db.schema).booking(draft.code)).toBeUndefined();
    expect(await heldCounter(f.officeId)).toBe(0);
  });

  it('a conflict that never clears is retried a bounded number of times, then reported', async () => {
    const { pool, log } = hookedPool(db.pool(2), (sql) => {
      if (/INSERT INTO \S+\.bookings/.test(sql)) throw sqlError('23505', 'duplicate key value');
    });
    const store = await storeOver(pool);
    log.statements.length = 0; // only the reservation's statements
    const result = await store.reserve(fx.reserveInput(fx.newBooking(fx.fixtures()), [session]));
    expect(result._unsafeUnwrapErr().message).toBe(
      'postgres store: reserve failed (SQLSTATE 23505): duplicate key value',
    );
    expect(log.statements.filter((s) => s === 'BEGIN')).toHaveLength(8);
    expect(log.statements.filter((s) => s === 'ROLLBACK')).toHaveLength(8);
  });

  it('a database that cannot be reached is StoreUnavailable, at creation and later, and health says so', async () => {
    const unreachable: PoolLike = {
      connect: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:1')),
    };
    const created = await createPostgresStore(unreachable);
    expect(created._unsafeUnwrapErr()).toMatchObject({
      type: 'StoreUnavailable',
      message: 'postgres store: migrate failed: connect ECONNREFUSED 127.0.0.1:1',
    });
    let reachable = true;
    const flaky: PoolLike = {
      connect: () => (reachable ? db.pool().connect() : Promise.reject(new Error('server gone'))),
    };
    const store = await storeOver(flaky);
    expect((await store.health()).isOk()).toBe(true);
    reachable = false;
    expect((await store.health())._unsafeUnwrapErr().message).toBe(
      'postgres store: health failed: server gone',
    );
    expect((await store.findByCode('kanim', 'ABCD2345'))._unsafeUnwrapErr().message).toBe(
      'postgres store: findByCode failed: server gone',
    );
    const now = new Date();
    const outboxCalls = [
      store.claim({ now, leaseUntil: now, leaseToken: 't', limit: 1 }),
      store.markSent({ id: '1', leaseToken: 't', at: now, providerMessageId: 'wamid.1' }),
      store.markFailed({ id: '1', leaseToken: 't', at: now, error: { reason: 'x' } }),
      store.postpone({ id: '1', leaseToken: 't', at: now, until: now }),
      store.recordDeliveryStatus({ providerMessageId: 'wamid.1', state: 'read', at: now }),
      store.outboxStats(),
    ];
    for (const result of await Promise.all(outboxCalls)) {
      expect(result._unsafeUnwrapErr().message).toMatch(/^postgres store: \w+ failed: server gone$/);
    }
  });

  it('a client whose ROLLBACK fails is discarded, not returned to the pool', async () => {
    const releases: unknown[] = [];
    const broken: ClientLike = {
      query: (text) =>
        text === 'BEGIN'
          ? Promise.resolve({ rows: [], rowCount: 0 })
          : Promise.reject(new Error(`lost: ${text}`)),
      release: (destroy) => {
        releases.push(destroy);
      },
      on: () => undefined,
      removeListener: () => undefined,
    };
    const created = await createPostgresStore({ connect: async () => broken });
    expect(created._unsafeUnwrapErr().message).toContain(
      'migrate failed: lost: SELECT pg_advisory_xact_lock',
    );
    expect(releases).toHaveLength(1);
    expect(releases[0]).toBeInstanceOf(Error);
    expect((releases[0] as Error).message).toBe('lost: ROLLBACK');
  });

  it('answers every call after close with StoreUnavailable', async () => {
    const store = await storeOver(db.pool());
    await store.close();
    expect((await store.findByCode('kanim', 'ABCD2345'))._unsafeUnwrapErr().message).toBe(
      'postgres store: findByCode failed: the store is closed',
    );
    expect((await store.health())._unsafeUnwrapErr().message).toBe(
      'postgres store: health failed: the store is closed',
    );
  });
});
