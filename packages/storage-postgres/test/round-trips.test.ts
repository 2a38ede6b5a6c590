import type { BookingStore } from '@antrean/core';
import { createPostgresStore } from '@antrean/storage-postgres';
import { conformanceFixtures as fx } from '@antrean/testkit';
import { afterAll, describe, expect, it } from 'vitest';
import { hookedPool } from './hooked-pool';
import { openTestDatabase } from './test-database';

/**
 * Round trips of one reservation, counted at the client: every statement sent, transaction
 * control included. Before the core ran the use case the store sent findReply, expire, checks,
 * takePlace and write (5 between BEGIN and COMMIT); the core's reserve asks reserveFacts,
 * takePlace and writeBooking (3). A change that adds one fails here.
 */
const db = await openTestDatabase();
afterAll(() => db.close());

const counted = async (groupCommit: boolean) => {
  const { pool, log } = hookedPool(db.pool(1), () => undefined);
  const store: BookingStore = (
    await createPostgresStore(pool, { schema: db.schema, ...(groupCommit ? {} : { groupCommit: false }) })
  )._unsafeUnwrap();
  const f = fx.fixtures();
  const render = (booking: Parameters<typeof fx.confirmation>[0]) => fx.confirmation(booking, 'ok');
  const reserve = async () => {
    log.statements.length = 0;
    const input = fx.reserveInput(fx.newBooking(f), [fx.slot(fx.DAY, '08:00', 50)], {
      message: { key: f.messageKey(), render },
    });
    expect((await store.reserve(input))._unsafeUnwrap().type).toBe('Reserved');
    return log.statements.map((sql) => sql.trim().split(/\s+/, 1)[0]);
  };
  await reserve(); // the store's first call: migrations are behind, statements get prepared
  return reserve();
};

describe('postgres round trips per reservation', () => {
  it('without group commit: BEGIN, reserveFacts, takePlace, writeBooking, COMMIT', async () => {
    expect(await counted(false)).toEqual(['BEGIN', 'SELECT', 'INSERT', 'WITH', 'COMMIT']);
  });

  it('with group commit: the office lock and the member savepoint around the same three', async () => {
    expect(await counted(true)).toEqual([
      'BEGIN',
      'SELECT',
      'SAVEPOINT',
      'SELECT',
      'INSERT',
      'WITH',
      'COMMIT',
    ]);
  });
});
