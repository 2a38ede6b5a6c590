import { randomBytes } from 'node:crypto';
import { createPostgresStore, type PoolLike } from '@antrean/storage-postgres';
import { conformanceFixtures as fx, waitUntil } from '@antrean/testkit';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { hookedPool } from './hooked-pool';
import { probeOf } from './postgres-harness';
import { openTestDatabase, queryIn } from './test-database';

const db = await openTestDatabase();
afterAll(() => db.close());
const onServer = db.engine === 'postgres';
const note = onServer ? '' : ' (skipped: needs a real PostgreSQL server in ANTREAN_TEST_DATABASE_URL)';
const probe = probeOf(db.pool(2), db.schema);
const open = async (pool: PoolLike) =>
  (await createPostgresStore(pool, { schema: db.schema }))._unsafeUnwrap();

describe('postgres group commit across processes and lost connections', () => {
  it('two stores on two pools, as two processes, fill one session exactly', async () => {
    const f = fx.fixtures();
    const session = fx.slot(fx.DAY, '09:00', 60);
    const stores = [await open(db.pool(4)), await open(db.pool(4))];
    const calls = Array.from({ length: 200 }, (_, i) =>
      stores[i % 2]!.reserve(fx.reserveInput(fx.newBooking(f), [session])),
    );
    const types = (await Promise.all(calls)).map((r) => r._unsafeUnwrap().type);
    expect(types.filter((t) => t === 'Reserved')).toHaveLength(60);
    expect(types.filter((t) => t === 'SessionsFull')).toHaveLength(140);
    expect(await probe.heldInSlot(f.officeId, session.slotId)).toBe(60);
    const [counter] = await queryIn(
      db.pool(1),
      `SELECT held FROM "${db.schema}".slots WHERE office_id = $1 AND slot_id = $2`,
      [f.officeId, session.slotId],
    );
    expect(Number(counter?.held)).toBe(60);
  });

  it.skipIf(!onServer)(
    `a connection killed mid-batch fails every member of that batch, and later writes succeed${note}`,
    async () => {
      const appName = `antrean-gc-kill-${randomBytes(4).toString('hex')}`;
      const real = new pg.Pool({ connectionString: db.url, max: 2, application_name: appName });
      real.on('error', () => undefined);
      let ended = 0;
      real.on('connect', (client) => client.on('end', () => (ended += 1)));
      const admin = db.pool(1);
      let members = 0;
      let killed = false;
      const { pool, log } = hookedPool(real, async (sql) => {
        if (!sql.endsWith('SAVEPOINT antrean_member') || sql.startsWith('ROLLBACK')) return;
        members += 1;
        if (killed || members !== 3) return;
        killed = true;
        await admin.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1',
          [appName],
        );
        // The batch's next statement goes to a connection its client already knows is dead.
        await waitUntil("the batch's client to see its connection end", () => ended > 0);
      });
      try {
        const store = await open(pool);
        log.statements.length = 0;
        const f = fx.fixtures();
        const session = fx.slot(fx.DAY, '10:00', 50);
        const drafts = Array.from({ length: 6 }, () => fx.newBooking(f));
        const results = await Promise.all(drafts.map((d) => store.reserve(fx.reserveInput(d, [session]))));
        expect(killed).toBe(true);
        expect(log.statements.filter((s) => s === 'BEGIN')).toHaveLength(1);
        for (const result of results)
          expect(result._unsafeUnwrapErr().message).toMatch(/^postgres store: reserve failed/);
        for (const draft of drafts) expect(await probe.booking(draft.code)).toBeUndefined();
        expect(await probe.heldInSlot(f.officeId, session.slotId)).toBe(0);
        // The dead client was discarded; a new connection takes the next writes.
        const later = await Promise.all(drafts.map((d) => store.reserve(fx.reserveInput(d, [session]))));
        expect(later.map((r) => r._unsafeUnwrap().type)).toEqual(Array(6).fill('Reserved'));
        expect(await probe.heldInSlot(f.officeId, session.slotId)).toBe(6);
      } finally {
        await real.end();
      }
    },
  );
});
