import type { BookingStore, DeskBackplane, StoreError } from '@antrean/core';
import { errAsync, okAsync, ResultAsync } from 'neverthrow';
import { cancelWith } from './cancel';
import { markCheckedInWith } from './check-in';
import { callNextWith, finishCallWith, recallWith } from './counter-calls';
import { checkInWithTicketWith, issueWalkInWith, ticketOfCodeWith } from './counter-issue';
import { expireLapsedWith, listAuditWith, listTicketsWith } from './counter-queries';
import { postgresDeskBackplane } from './desk-backplane';
import { groupCommitter } from './group-commit';
import {
  type GroupCommitOptions,
  type GroupCommitSettings,
  groupCommitSettings,
} from './group-commit-options';
import { type MigrationReport, migrate } from './migrate';
import { claimWith } from './outbox-claim';
import { markFailedWith, markSentWith, postponeWith } from './outbox-marks';
import { outboxStatsWith, recordStatusWith } from './outbox-status';
import type { ClientLike, PoolLike } from './pool-like';
import { purgeWith } from './purge';
import { countBySlotWith, findActiveWith, findByCodeWith, listByDateWith } from './queries';
import { findReplyWith, recordReplyWith } from './replies';
import { reserveWith } from './reserve';
import { storeError } from './store-error';
import { schemaNameProblem, type Tables, tablesIn } from './tables';
import { inTransaction, retrying } from './transaction';

/** Options of `createPostgresStore`. */
export interface PostgresStoreOptions {
  /** The schema holding the store's tables, created if absent. Default `public`. */
  readonly schema?: string;
  /**
   * Group commit of `reserve`, `cancel` and `recordReply`: writes that arrive while another
   * transaction of this store is in flight are written together in the next one, each behind its
   * own savepoint, and each answered once that transaction has committed. On by default
   * (`{ maxBatch: 128, maxWaitMs: 0 }`); `false` gives every write its own transaction.
   */
  readonly groupCommit?: GroupCommitOptions | false;
}

const storeOn = (
  pool: PoolLike,
  t: Tables,
  grouping: GroupCommitSettings | undefined,
): BookingStore & DeskBackplane => {
  let closed = false;
  const guard = <T>(operation: string, work: () => Promise<T>): ResultAsync<T, StoreError> => {
    if (closed) return errAsync(storeError(operation)(new Error('the store is closed')));
    return ResultAsync.fromThrowable(work, storeError(operation))();
  };
  // Reads run in a transaction too: two short extra round trips, and the store then also works
  // through pglite-socket, which keeps a client's statements together only inside a transaction.
  /** Reads, or one conditional statement: one transaction, run once. */
  const read = <T>(operation: string, work: (client: ClientLike) => Promise<T>) =>
    guard(operation, () => inTransaction(pool, work));
  /** A write: one transaction, run again from the start when a concurrent writer won a race. */
  const write = <T>(operation: string, work: (client: ClientLike) => Promise<T>) =>
    guard(operation, () => retrying(() => inTransaction(pool, work)));
  const batches = grouping ? groupCommitter(pool, t.schema, grouping) : undefined;
  /** A write that records a message: grouped with others into one transaction when group commit is on. */
  const grouped = <T>(
    operation: string,
    office: string | undefined,
    work: (client: ClientLike) => Promise<T>,
  ) => (batches ? guard(operation, () => batches.submit(office, work)) : write(operation, work));

  const desk = postgresDeskBackplane(pool, t, read, () => closed);

  return {
    ...desk.members,
    capabilities: { multiProcess: true, durable: true },
    findReply: (key) => read('findReply', (c) => findReplyWith(c, t, key)),
    recordReply: (key, reply, at, delivery) =>
      grouped('recordReply', undefined, (c) => recordReplyWith(c, t, key, reply, at, delivery)),
    reserve: (input) => grouped('reserve', input.booking.officeId, (c) => reserveWith(c, t, input)),
    cancel: (input) => grouped('cancel', input.officeId, (c) => cancelWith(c, t, input)),
    findByCode: (officeId, code) => read('findByCode', (c) => findByCodeWith(c, t, officeId, code)),
    findActiveByApplicant: (key, activeFrom) =>
      read('findActiveByApplicant', (c) => findActiveWith(c, t, key, activeFrom)),
    countBySlot: (officeId, dates) => read('countBySlot', (c) => countBySlotWith(c, t, officeId, dates)),
    markCheckedIn: (input) => read('markCheckedIn', (c) => markCheckedInWith(c, t, input)),
    listByDate: (officeId, date) => read('listByDate', (c) => listByDateWith(c, t, officeId, date)),
    checkInWithTicket: (input) => write('checkInWithTicket', (c) => checkInWithTicketWith(c, t, input)),
    issueWalkIn: (input) => write('issueWalkIn', (c) => issueWalkInWith(c, t, input)),
    callNext: (input) => write('callNext', (c) => callNextWith(c, t, input)),
    recall: (input) => write('recall', (c) => recallWith(c, t, input)),
    finishCall: (input) => write('finishCall', (c) => finishCallWith(c, t, input)),
    listTickets: (officeId, date) => read('listTickets', (c) => listTicketsWith(c, t, officeId, date)),
    findTicketByCode: (officeId, code) =>
      read('findTicketByCode', (c) => ticketOfCodeWith(c, t, officeId, code)),
    listAudit: (query) => read('listAudit', (c) => listAuditWith(c, t, query)),
    expireLapsed: (input) => write('expireLapsed', (c) => expireLapsedWith(c, t, input)),
    claim: (input) => write('claim', (c) => claimWith(c, t, input)),
    markSent: (input) => write('markSent', (c) => markSentWith(c, t, input)),
    markFailed: (input) => write('markFailed', (c) => markFailedWith(c, t, input)),
    postpone: (input) => write('postpone', (c) => postponeWith(c, t, input)),
    recordDeliveryStatus: (input) => write('recordDeliveryStatus', (c) => recordStatusWith(c, t, input)),
    outboxStats: () => read('outboxStats', (c) => outboxStatsWith(c, t)),
    purge: (before) => write('purge', (c) => purgeWith(c, t, before)),
    // A round trip through a pooled connection: the server answers and the schema is reachable.
    health: () =>
      read('health', async (c) => {
        await c.query(`SELECT 1 FROM ${t.migrations} LIMIT 1`);
      }),
    // The pool is the caller's: closing the store only stops it from using the pool.
    close: async () => {
      closed = true;
      desk.stop();
    },
  };
};

const schemaTables = (options: PostgresStoreOptions): ResultAsync<Tables, StoreError> => {
  const schema = options.schema ?? 'public';
  const problem = schemaNameProblem(schema);
  if (problem) return errAsync({ type: 'StoreUnavailable', message: `postgres store: ${problem}` });
  return okAsync(tablesIn(schema));
};

const migrating = (pool: PoolLike, t: Tables): ResultAsync<MigrationReport, StoreError> =>
  ResultAsync.fromThrowable(() => migrate(pool, t), storeError('migrate'))();

/**
 * Create the schema if absent and apply the migrations it lacks, once however many replicas
 * call it at the same time. `createPostgresStore` calls it; hosts may call it alone at deploy time.
 */
export function migratePostgresStore(
  pool: PoolLike,
  options: PostgresStoreOptions = {},
): ResultAsync<MigrationReport, StoreError> {
  return schemaTables(options).andThen((t) => migrating(pool, t));
}

/**
 * A `BookingStore` on PostgreSQL, for one or many processes sharing a database. `pool` is the
 * caller's `pg.Pool` (the store never ends it). The schema is created and migrated first; every
 * failure, then and later, is a `StoreUnavailable` error, never a throw.
 */
export function createPostgresStore(
  pool: PoolLike,
  options: PostgresStoreOptions = {},
): ResultAsync<BookingStore & DeskBackplane, StoreError> {
  return schemaTables(options).andThen((t) =>
    groupCommitSettings(options.groupCommit).asyncAndThen((grouping) =>
      migrating(pool, t).map(() => storeOn(pool, t, grouping)),
    ),
  );
}
