import { type Member, type Outcome, runMember, WholeBatchConflict } from './batch-member';
import { checkOut, isFatal } from './check-out';
import { MAX_ATTEMPTS } from './errors';
import type { ConnectionLike, PoolLike } from './pool-like';
import { begin, rollback } from './transaction';

/** Use cases sent through one shared transaction at a time. */
export interface GroupCommitter {
  /** Run `work` in the next shared transaction; settles once that transaction committed or failed. */
  submit<T>(work: (conn: ConnectionLike) => Promise<T>): Promise<T>;
}

/** One attempt: every member behind its savepoint, then COMMIT; outcomes only once committed. */
const attempt = async (conn: ConnectionLike, members: readonly Member[]): Promise<Outcome[]> => {
  await begin(conn);
  const outcomes: Outcome[] = [];
  for (const member of members) outcomes.push(await runMember(conn, member));
  await conn.query('COMMIT');
  return outcomes;
};

/**
 * Run the batch on one connection, re-running it whole on a deadlock or lock wait timeout, then
 * answer each member with its own outcome, or all with the failure of the transaction as a whole.
 * A member is never told ok for a write that was not committed.
 */
const runBatch = async (pool: PoolLike, members: readonly Member[]): Promise<void> => {
  let outcomes: Outcome[] | undefined;
  let failure: unknown;
  try {
    const { conn, giveBack } = await checkOut(pool);
    let broken: unknown;
    try {
      for (let n = 1; outcomes === undefined; n += 1) {
        try {
          outcomes = await attempt(conn, members);
        } catch (error) {
          broken = isFatal(error) ? error : await rollback(conn);
          if (broken || n >= MAX_ATTEMPTS || !(error instanceof WholeBatchConflict)) throw error;
        }
      }
    } finally {
      giveBack(broken);
    }
  } catch (error) {
    failure = error instanceof WholeBatchConflict ? error.cause : error;
  }
  members.forEach((member, i) => {
    const outcome = outcomes?.[i];
    if (outcome?.ok) member.resolve(outcome.value);
    else member.reject(outcome ? outcome.error : failure);
  });
};

/**
 * Group commit: one transaction in flight at a time; use cases arriving meanwhile wait, and the
 * next transaction takes them all, up to `maxBatch`. A lone use case starts at once.
 */
export const groupCommitter = (pool: PoolLike, maxBatch: number): GroupCommitter => {
  const waiting: Member[] = [];
  let inFlight = false;
  const launch = (): void => {
    if (inFlight || waiting.length === 0) return;
    inFlight = true;
    void runBatch(pool, waiting.splice(0, maxBatch)).finally(() => {
      inFlight = false;
      launch();
    });
  };
  return {
    submit: <T>(work: (conn: ConnectionLike) => Promise<T>) =>
      new Promise<T>((resolve, reject) => {
        waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
        launch();
      }),
  };
};
