import type { ClientLike, PoolLike } from '@antrean/storage-postgres';
import { createPostgresStore } from '@antrean/storage-postgres';
import { conformanceFixtures as fx } from '@antrean/testkit';
import type pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from './test-database';

const db = await openTestDatabase();
afterAll(() => db.close());

/** A pool over one real connection that records each statement's name (undefined: unnamed). */
const namingPool = (real: pg.Pool) => {
  const names: (string | undefined)[] = [];
  const texts: string[] = [];
  let wrapped: ClientLike | undefined;
  const pool: PoolLike = {
    connect: async () => {
      const client = await real.connect();
      // The same wrapper for the same connection, as pg-pool hands out the same client object.
      wrapped ??= {
        query: (text, values) => {
          names.push(typeof text === 'string' ? undefined : text.name);
          texts.push(typeof text === 'string' ? text : text.text);
          return typeof text === 'string' ? client.query(text, values) : client.query({ ...text });
        },
        release: (destroy) => client.release(destroy),
        on: (event, listener) => client.on(event, listener),
        removeListener: (event, listener) => client.removeListener(event, listener),
      };
      return wrapped;
    },
  };
  return { pool, names, texts };
};

describe('postgres prepared statements', () => {
  it("reserve's statements are named, and a second reserve on the connection reuses the names", async () => {
    const { pool, names, texts } = namingPool(db.pool(1));
    const store = (await createPostgresStore(pool, { schema: db.schema }))._unsafeUnwrap();
    const f = fx.fixtures();
    const session = fx.slot(fx.DAY, '08:00', 5);
    const render = (booking: Parameters<typeof fx.confirmation>[0]) => fx.confirmation(booking, 'ok');
    const reserveOnce = async () => {
      names.length = 0;
      texts.length = 0;
      const input = fx.reserveInput(fx.newBooking(f), [session], {
        message: { key: f.messageKey(), render },
      });
      expect((await store.reserve(input))._unsafeUnwrap().type).toBe('Reserved');
      return names.filter((_, i) => /\b(SELECT|INSERT|UPDATE)\b/.test(texts[i]!));
    };
    const first = await reserveOnce();
    expect(first.length).toBeGreaterThanOrEqual(4);
    expect(first.every((name) => name?.startsWith('antrean_'))).toBe(true);
    expect(await reserveOnce()).toEqual(first);
  });
});
