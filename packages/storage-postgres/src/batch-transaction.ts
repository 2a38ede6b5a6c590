import { type BatchMember, type MemberOutcome, runMember, WholeBatchConflict } from './batch-member';
import { checkOut } from './check-out';
import { lockOffices } from './office-locks';
import type { ClientLike, PoolLike } from './pool-like';
import { MAX_ATTEMPTS } from './transaction';

/**
 * Where a batch takes its members from: the first waiting write that `fits` (any, without it),
 * while the batch has room.
 */
export type NextMember = (fits?: (member: BatchMember) => boolean) => BatchMember | undefined;

/**
 * One attempt: BEGIN, every waiting write's office locked, every member in turn, COMMIT. Writes
 * arriving meanwhile join while there is room, if their office is already locked. Returns each
 * member's outcome, in order, only once the COMMIT has returned.
 */
const attempt = async (
  client: ClientLike,
  schema: string,
  members: BatchMember[],
  next: NextMember,
): Promise<MemberOutcome[]> => {
  const outcomes: MemberOutcome[] = [];
  await client.query('BEGIN');
  if (members.length === 0) for (let m = next(); m; m = next()) members.push(m);
  const offices = new Set(members.flatMap((m) => (m.office === undefined ? [] : [m.office])));
  await lockOffices(client, schema, offices);
  const locked = (m: BatchMember) => m.office === undefined || offices.has(m.office);
  for (let i = 0; ; i += 1) {
    const member = members[i] ?? next(locked);
    if (!member) break;
    if (i === members.length) members.push(member);
    outcomes.push(await runMember(client, member, i === 0));
  }
  await client.query('COMMIT');
  return outcomes;
};

const answer = (members: readonly BatchMember[], outcomes: readonly MemberOutcome[]): void => {
  members.forEach((member, i) => {
    const outcome = outcomes[i]!;
    if (outcome.ok) member.resolve(outcome.value);
    else member.reject(outcome.error);
  });
};

/**
 * Run a batch of writes in one transaction on one client, then answer every member: each with its
 * own outcome once the COMMIT has returned, or all with the error if the transaction as a whole
 * failed (a lost connection, a failed COMMIT, or deadlocks on every one of `MAX_ATTEMPTS` tries).
 * A member is never told ok for a write that was not committed.
 */
export const runBatch = async (pool: PoolLike, schema: string, next: NextMember): Promise<void> => {
  const members: BatchMember[] = [];
  let failure: unknown;
  try {
    const { client, giveBack } = await checkOut(pool);
    let broken: Error | undefined;
    try {
      for (let n = 1; ; n += 1) {
        try {
          answer(members, await attempt(client, schema, members, next));
          return;
        } catch (error) {
          await client.query('ROLLBACK').catch((rollbackError: unknown) => {
            broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
          });
          if (broken || n >= MAX_ATTEMPTS || !(error instanceof WholeBatchConflict)) throw error;
        }
      }
    } finally {
      giveBack(broken);
    }
  } catch (error) {
    failure = error instanceof WholeBatchConflict ? error.cause : error;
  }
  // The batch failed as a whole. If checking out a client failed, it had taken no member yet: it
  // takes its share of the waiting writes now, so that each failure answers one batch's worth.
  if (members.length === 0) for (let m = next(); m; m = next()) members.push(m);
  for (const member of members) member.reject(failure);
};
