import type { DeskBackplane, StoreError } from '@antrean/core';
import type { ResultAsync } from 'neverthrow';
import { backplaneTablesIn } from './backplane-schema';
import { postgresDeskFeed } from './desk-feed';
import { deskWatches } from './desk-watch';
import type { ClientLike, PoolLike } from './pool-like';
import { postgresRevocations } from './session-revocations';
import type { Tables } from './tables';
import { inTransaction } from './transaction';
import { postgresLeases } from './work-leases';

/** Runs one operation of the store on a pooled client, turning a throw into a `StoreError`. */
export type Run = <T>(
  operation: string,
  work: (client: ClientLike) => Promise<T>,
) => ResultAsync<T, StoreError>;

/**
 * The PostgreSQL store's desk backplane over its pool and its `read` path (one transaction, run
 * once: every member is a single statement), and `stop`, which ends its watches as the store closes.
 */
export const postgresDeskBackplane = (
  pool: PoolLike,
  t: Tables,
  run: Run,
  closed: () => boolean,
): { readonly members: DeskBackplane; readonly stop: () => void } => {
  const b = backplaneTablesIn(t);
  const latestId = () =>
    inTransaction(pool, async (c) =>
      Number((await c.query(`SELECT max(id) AS id FROM ${t.audit}`)).rows[0]?.id ?? 0),
    );
  const watches = deskWatches({ pool, schema: t.schema, latestId, closed });
  return {
    members: {
      ...postgresDeskFeed(t, run, watches),
      ...postgresRevocations(b, run),
      ...postgresLeases(b, run),
    },
    stop: watches.stopAll,
  };
};
