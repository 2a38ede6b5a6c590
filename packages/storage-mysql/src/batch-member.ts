import { isConcurrentChange } from '@antrean/core';
import { ER_DUP_ENTRY, errnoOf, isWholeConflict, MAX_ATTEMPTS } from './errors';
import type { ConnectionLike } from './pool-like';

/** One use case waiting for a shared transaction, and how to answer its caller. */
export interface Member {
  readonly work: (conn: ConnectionLike) => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/** How one member ended in the current attempt of its batch. */
export type Outcome =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: unknown };

/** A deadlock or lock wait timeout inside a member: the batch is rolled back and run again whole. */
export class WholeBatchConflict extends Error {
  override readonly name = 'WholeBatchConflict';
  constructor(override readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

// A duplicate key or the core's ConcurrentChange means another transaction committed first; at
// READ COMMITTED the member's next statements see it, so it runs again from its savepoint.
const isMemberRetryable = (error: unknown): boolean =>
  isConcurrentChange(error) || errnoOf(error) === ER_DUP_ENTRY;

/**
 * Run one member behind `SAVEPOINT antrean_member` (a new savepoint of the same name replaces the
 * previous member's): its failure rolls back only its own writes and is its own outcome. InnoDB
 * undoes the whole transaction on a deadlock, so that one throws `WholeBatchConflict` instead.
 */
export const runMember = async (conn: ConnectionLike, member: Member): Promise<Outcome> => {
  await conn.query('SAVEPOINT antrean_member');
  for (let attempt = 1; ; attempt += 1) {
    try {
      return { ok: true, value: await member.work(conn) };
    } catch (error) {
      if (isWholeConflict(error)) throw new WholeBatchConflict(error);
      await conn.query('ROLLBACK TO SAVEPOINT antrean_member');
      if (attempt >= MAX_ATTEMPTS || !isMemberRetryable(error)) return { ok: false, error };
    }
  }
};
