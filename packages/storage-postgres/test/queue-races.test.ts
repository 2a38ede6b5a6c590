import type { BookingStore, WalkInInput } from '@antrean/core';
import { createPostgresStore, type PoolLike } from '@antrean/storage-postgres';
import { conformanceFixtures as fx } from '@antrean/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import { hookedPool, once } from './hooked-pool';
import { blockedOnLock } from './lock-waiters';
import { openTestDatabase } from './test-database';

/**
 * The desk's races, forced: our transaction is paused after it took its office day's lock, and a
 * competitor on another connection tries the same day meanwhile. PGlite runs one transaction at
 * a time, so these need a real server (ANTREAN_TEST_DATABASE_URL).
 */
const db = await openTestDatabase();
afterAll(() => db.close());
const onServer = db.engine === 'postgres';
const note = onServer ? '' : ' (skipped: needs a real PostgreSQL server in ANTREAN_TEST_DATABASE_URL)';

const open = async (pool: PoolLike): Promise<BookingStore> =>
  (await createPostgresStore(pool, { schema: db.schema }))._unsafeUnwrap();
const admin = db.pool(1);

const walkIn = (officeId: string): WalkInInput => ({
  officeId,
  date: fx.DAY,
  series: 'W',
  reason: 'paspor hilang',
  at: fx.NOW,
  officer: 'siti',
});

describe('postgres desk races, each forced', () => {
  it.skipIf(!onServer)(
    `a second process waits for the office day while a number is issued${note}`,
    async () => {
      const { officeId } = fx.fixtures();
      const competitor = await open(db.pool(2));
      let theirs: Promise<string> | undefined;
      let finishedWhilePaused = false;
      const { pool } = hookedPool(
        db.pool(2),
        once(/INSERT INTO \S+\.queue_tickets/, async () => {
          theirs = (async () => (await competitor.issueWalkIn(walkIn(officeId)))._unsafeUnwrap().number)();
          let settled = false;
          theirs.then(
            () => (settled = true),
            () => (settled = true),
          );
          // Either they wait on our office day (the point past which they could have finished early), or they finished.
          await blockedOnLock(admin, db.schema, 'their walk-in', () => settled);
          finishedWhilePaused = settled;
        }),
      );
      const ours = await open(pool);
      const mine = (await ours.issueWalkIn(walkIn(officeId)))._unsafeUnwrap();
      expect(finishedWhilePaused).toBe(false);
      expect(mine.number).toBe('W-001');
      expect(await theirs).toBe('W-002');
    },
  );

  it.skipIf(!onServer)(
    `a counter calling while another holds the day gets the next ticket${note}`,
    async () => {
      const { officeId } = fx.fixtures();
      const setup = await open(db.pool(2));
      for (let n = 0; n < 2; n += 1) (await setup.issueWalkIn(walkIn(officeId)))._unsafeUnwrap();
      const call = (counter: string) => ({
        officeId,
        date: fx.DAY,
        counter,
        at: fx.NOW,
        officer: 'siti',
        walkInEvery: 3,
      });
      let theirs: Promise<string> | undefined;
      const { pool } = hookedPool(
        db.pool(2),
        once(/UPDATE \S+\.queue_tickets SET status/, async () => {
          theirs = (async () => {
            const result = (await setup.callNext(call('2')))._unsafeUnwrap();
            return result.type === 'Done' ? result.ticket.number : result.type;
          })();
          await blockedOnLock(admin, db.schema, 'the other counter');
        }),
      );
      const ours = await open(pool);
      const mine = (await ours.callNext(call('1')))._unsafeUnwrap();
      expect(mine.type === 'Done' && mine.ticket.number).toBe('W-001');
      expect(await theirs).toBe('W-002');
    },
  );
});
