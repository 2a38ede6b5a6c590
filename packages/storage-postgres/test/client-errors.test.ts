import { EventEmitter } from 'node:events';
import { type ClientLike, migratePostgresStore, type PoolLike } from '@antrean/storage-postgres';
import { describe, expect, it } from 'vitest';

const answer = { rows: [], rowCount: 0 };
const NOT_QUERYABLE = 'Client has encountered a connection error and is not queryable';

/**
 * A client whose connection fails the way `pg` reports it: an 'error' event on the client, then
 * every statement rejected. It records how many listeners heard the event (none would mean Node
 * ends the process) and how the client was given back. `failAt` fails it at a statement.
 */
const failingClient = (failAt?: RegExp) => {
  const seen = { listenersAtError: -1, listenersAtRelease: -1, released: [] as unknown[] };
  const lost = new Error('Connection terminated unexpectedly');
  let dead = false;
  const client = Object.assign(new EventEmitter(), {
    query: async (text: string) => {
      if (dead) throw new Error(NOT_QUERYABLE);
      if (!failAt?.test(text)) return answer;
      breakNow();
      throw lost;
    },
    release: (destroy?: Error | boolean) => {
      seen.listenersAtRelease = client.listenerCount('error');
      seen.released.push(destroy);
    },
  });
  const breakNow = () => {
    dead = true;
    seen.listenersAtError = client.listenerCount('error');
    // Emitted only when heard, so that a store without the listener fails the test, not the runner.
    if (seen.listenersAtError > 0) client.emit('error', lost);
  };
  const typed: ClientLike = client;
  return { client: typed, seen, lost, breakNow };
};

describe('a connection lost while the store holds the client', () => {
  it.each([
    ['taking the migration lock', /pg_advisory_xact_lock/],
    ['creating the schema', /CREATE TABLE IF NOT EXISTS/],
    ['committing', /^COMMIT$/],
  ])('while %s: the error event is heard, the call is err, the client is discarded', async (_, failAt) => {
    const { client, seen, lost } = failingClient(failAt);
    const result = await migratePostgresStore({ connect: async () => client }, { schema: 'lost_connection' });
    expect(seen.listenersAtError).toBe(1);
    expect(result._unsafeUnwrapErr()).toMatchObject({
      type: 'StoreUnavailable',
      message: 'postgres store: migrate failed: Connection terminated unexpectedly',
    });
    // Given back with the error, so that pg-pool ends it, and without the store's listener on it.
    expect(seen.released).toEqual([lost]);
    expect(seen.listenersAtRelease).toBe(0);
  });

  it('as the pool hands it over: heard too (pg-pool may read the error before a promise settles)', async () => {
    const { client, seen, lost, breakNow } = failingClient();
    // Like pg-pool with a new connection: the hand-over and the server's "terminating connection"
    // can come from one read of the socket, so the event follows the hand-over at once.
    const pool: PoolLike = {
      connect: (callback) => {
        if (!callback) {
          const handed = Promise.resolve(client);
          breakNow();
          return handed;
        }
        callback(undefined, client);
        breakNow();
        return undefined;
      },
    };
    const result = await migratePostgresStore(pool, { schema: 'lost_connection' });
    expect(seen.listenersAtError).toBe(1);
    expect(result._unsafeUnwrapErr().message).toBe(`postgres store: migrate failed: ${NOT_QUERYABLE}`);
    expect(seen.released).toEqual([lost]);
    expect(seen.listenersAtRelease).toBe(0);
  });
});
