import {
  type BookingStore,
  type LedgerPrimitives,
  ledgerOver,
  type StoreError,
  type TransactionScope,
  type UseCaseName,
} from '@antrean/core';
import { errAsync, ResultAsync } from 'neverthrow';
import { mysqlDeskBackplane } from './backplane';
import { dayTickets, ticketOfCode } from './day-tickets';
import { storeError } from './errors';
import { groupCommitter } from './group-commit';
import { type MigrationReport, migrate } from './migrate';
import { claimWith, markFailedWith, markSentWith, outboxStatsWith, postponeWith } from './outbox';
import { recordStatusWith } from './outbox-status';
import type { ConnectionLike, PoolLike } from './pool-like';
import { type MysqlConnection, poolSource } from './pool-source';
import { primitivesOn } from './primitives';
import { countBySlotWith, findActiveWith, findByCodeWith, listAuditWith, listByDateWith } from './queries';
import { findReplyWith } from './replies';
import { inTransaction, retrying } from './transaction';

/** The use cases that record a message: the ones group commit batches. */
const GROUPED: ReadonlySet<UseCaseName> = new Set(['reserve', 'cancel', 'recordReply']);

/** Options of `createMysqlStore`. */
export interface MysqlStoreOptions {
  /**
   * Group commit of `reserve`, `cancel` and `recordReply`: those arriving while a transaction of
   * this store is in flight are run together in the next one, each behind its own savepoint.
   * On by default (`{ maxBatch: 128 }`); `false` gives each its own transaction.
   */
  readonly groupCommit?: { readonly maxBatch?: number } | false;
}

const storeOn = (pool: PoolLike, owned: boolean, options: MysqlStoreOptions): BookingStore => {
  let closed = false;
  const guard = <T>(operation: string, work: () => Promise<T>): ResultAsync<T, StoreError> => {
    if (closed) return errAsync(storeError(operation)(new Error('the store is closed')));
    return ResultAsync.fromThrowable(work, storeError(operation))();
  };
  /** Reads, or one conditional statement: one transaction, run once. */
  const read = <T>(operation: string, work: (conn: ConnectionLike) => Promise<T>) =>
    guard(operation, () => inTransaction(pool, work));
  /** A write: one transaction, run again from the start when a concurrent writer won a race. */
  const write = <T>(operation: string, work: (conn: ConnectionLike) => Promise<T>) =>
    guard(operation, () => retrying(() => inTransaction(pool, work)));
  const maxBatch =
    options.groupCommit === false ? 0 : Math.max(1, Math.floor(options.groupCommit?.maxBatch ?? 128));
  const batches = maxBatch > 0 ? groupCommitter(pool, maxBatch) : undefined;
  const transact = <T>(scope: TransactionScope, work: (tx: LedgerPrimitives) => Promise<T>) => {
    const run = (conn: ConnectionLike) => work(primitivesOn(conn));
    return batches && GROUPED.has(scope.useCase)
      ? guard(scope.useCase, () => batches.submit(run))
      : write(scope.useCase, run);
  };
  const desk = mysqlDeskBackplane(read, () => closed);
  return {
    ...desk.members,
    capabilities: { multiProcess: true, durable: true },
    ...ledgerOver({ transact }),
    transact,
    findReply: (key) => read('findReply', (c) => findReplyWith(c, key)),
    findByCode: (officeId, code) => read('findByCode', (c) => findByCodeWith(c, officeId, code)),
    findActiveByApplicant: (key, activeFrom) =>
      read('findActiveByApplicant', (c) => findActiveWith(c, key, activeFrom)),
    countBySlot: (officeId, dates) => read('countBySlot', (c) => countBySlotWith(c, officeId, dates)),
    listByDate: (officeId, date) => read('listByDate', (c) => listByDateWith(c, officeId, date)),
    listTickets: (officeId, date) => read('listTickets', (c) => dayTickets(c, officeId, date)),
    findTicketByCode: (officeId, code) => read('findTicketByCode', (c) => ticketOfCode(c, officeId, code)),
    listAudit: (query) => read('listAudit', (c) => listAuditWith(c, query)),
    claim: (input) => write('claim', (c) => claimWith(c, input)),
    markSent: (input) => write('markSent', (c) => markSentWith(c, input)),
    markFailed: (input) => write('markFailed', (c) => markFailedWith(c, input)),
    postpone: (input) => write('postpone', (c) => postponeWith(c, input)),
    recordDeliveryStatus: (input) => write('recordDeliveryStatus', (c) => recordStatusWith(c, input)),
    outboxStats: () => read('outboxStats', outboxStatsWith),
    // A round trip through a pooled connection: the server answers and the schema is there.
    health: () =>
      read('health', async (c) => {
        await c.query('SELECT 1 FROM schema_migrations LIMIT 1');
      }),
    // A pool the caller gave stays the caller's; one the store opened from a URL is ended here.
    close: async () => {
      if (closed) return;
      closed = true;
      desk.stop();
      if (owned) await pool.end().catch(() => undefined);
    },
  };
};

/**
 * Create the tables if absent and apply the migrations the database lacks, once however many
 * replicas call it at the same time. `createMysqlStore` calls it; hosts may call it alone.
 */
export function migrateMysqlStore(pool: PoolLike): ResultAsync<MigrationReport, StoreError> {
  return ResultAsync.fromThrowable(() => migrate(pool), storeError('migrate'))();
}

/**
 * A `BookingStore` on MySQL / MariaDB (InnoDB), for one or many processes sharing a database: the
 * core's use cases run over its primitives in its transactions, with group commit. Given
 * `{ pool }` (a `mysql2/promise` pool) the store never ends it; given `{ url }` it opens a pool
 * and `close()` ends it. The tables live in the connection's database, migrated first; every
 * failure, then and later, is a `StoreUnavailable` error, never a throw.
 */
export function createMysqlStore(
  connection: MysqlConnection,
  options: MysqlStoreOptions = {},
): ResultAsync<BookingStore, StoreError> {
  return poolSource(connection).andThen(({ pool, owned }) =>
    migrateMysqlStore(pool)
      .orElse((error) =>
        ResultAsync.fromSafePromise(owned ? pool.end().catch(() => undefined) : Promise.resolve()).andThen(
          () => errAsync(error),
        ),
      )
      .map(() => storeOn(pool, owned, options)),
  );
}
