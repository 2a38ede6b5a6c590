import { isConcurrentChange } from '@antrean/core';
import type { ClientLike } from './pool-like';
import { MAX_ATTEMPTS, sqlStateOf } from './transaction';

/** One write waiting for a shared transaction, and how to answer its caller. */
export interface BatchMember {
  /** The office the write is for, locked for the batch (see `lockOffices`); none for a bare reply. */
  readonly office: string | undefined;
  readonly work: (client: ClientLike) => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/** How one member ended in the current attempt of its batch. */
export type MemberOutcome =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: unknown };

/**
 * Thrown when a member hit a deadlock or serialization failure: the server may have aborted more
 * than the member's own statement, so the whole transaction is rolled back and the batch runs again.
 */
export class WholeBatchConflict extends Error {
  override readonly name = 'WholeBatchConflict';
  constructor(override readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

const WHOLE_BATCH_CODES = new Set(['40P01', '40001']);

// A unique violation or a changed binding means a writer in another transaction committed first:
// at READ COMMITTED the member's next statements see it, so running the member again in the same
// transaction (from its savepoint) answers as a separate transaction's re-run would.
const isMemberRetryable = (error: unknown): boolean =>
  isConcurrentChange(error) || sqlStateOf(error) === '23505';

const SAVEPOINT = 'SAVEPOINT antrean_member';
/** Ends the previous member's savepoint and opens the next in one round trip. */
const NEXT_SAVEPOINT = `RELEASE SAVEPOINT antrean_member; ${SAVEPOINT}`;
const ROLLBACK_TO = 'ROLLBACK TO SAVEPOINT antrean_member';

/**
 * Run one member inside the batch's transaction, isolated by a savepoint: if it fails (an SQL
 * error or a throwing renderer) its writes are rolled back to the savepoint and its error is its
 * own outcome, while the members before it keep theirs. `first` says no savepoint is open yet.
 * Failures of the connection itself (the savepoint cannot be opened or rolled back to) throw.
 */
export const runMember = async (
  client: ClientLike,
  member: BatchMember,
  first: boolean,
): Promise<MemberOutcome> => {
  await client.query(first ? SAVEPOINT : NEXT_SAVEPOINT);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return { ok: true, value: await member.work(client) };
    } catch (error) {
      if (WHOLE_BATCH_CODES.has(sqlStateOf(error) ?? '')) throw new WholeBatchConflict(error);
      await client.query(ROLLBACK_TO);
      if (attempt >= MAX_ATTEMPTS || !isMemberRetryable(error)) return { ok: false, error };
    }
  }
};
