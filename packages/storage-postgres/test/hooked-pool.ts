import type { ClientLike, PoolLike } from '@antrean/storage-postgres';
import type pg from 'pg';

/** Called before each statement a hooked pool's clients send; may throw to fail the statement. */
export type BeforeQuery = (sql: string) => Promise<void> | void;

/** What a hooked pool saw: every statement, and how clients were given back. */
export interface PoolLog {
  readonly statements: string[];
  readonly releases: (Error | boolean | undefined)[];
}

/** A `PoolLike` over a real pool that runs `before` ahead of every statement and logs them. */
export const hookedPool = (pool: pg.Pool, before: BeforeQuery): { pool: PoolLike; log: PoolLog } => {
  const log: PoolLog = { statements: [], releases: [] };
  const wrapped: PoolLike = {
    connect: async () => {
      const client = await pool.connect();
      const hooked: ClientLike = {
        query: async (text, values) => {
          const sql = typeof text === 'string' ? text : text.text;
          log.statements.push(sql);
          await before(sql);
          return typeof text === 'string' ? client.query(text, values) : client.query({ ...text });
        },
        release: (destroy) => {
          log.releases.push(destroy);
          client.release(destroy);
        },
        on: (event, listener) => client.on(event, listener),
        removeListener: (event, listener) => client.removeListener(event, listener),
      };
      return hooked;
    },
  };
  return { pool: wrapped, log };
};

/** Run `work` the first time a statement matches `pattern`, not again. */
export const once = (pattern: RegExp, work: () => Promise<void> | void): BeforeQuery => {
  let done = false;
  return async (sql) => {
    if (done || !pattern.test(sql)) return;
    done = true;
    await work();
  };
};
