import { type BookingStore, ledgerOver, type StoreError, type Transactor } from '@antrean/core';
import { errAsync, ResultAsync } from 'neverthrow';
import { listAuditIn } from './audit-queries';
import { bookingPrimitives } from './booking-primitives';
import { callsOn } from './calls';
import { busyTimeoutOf, type Configured, configure, type SqliteStoreOptions } from './configure';
import { type Connection, connect } from './connection';
import { sqliteDeskBackplane } from './desk-backplane';
import { fileProblem } from './file-identity';
import type { GroupCommitSettings } from './group-commit';
import { groupCommitSettings } from './group-commit-settings';
import { migrate } from './migrate';
import { openWhenUnlocked } from './open-when-unlocked';
import { claimIn } from './outbox-claim';
import { markFailedIn, markSentIn, postponeIn } from './outbox-marks';
import { recordStatusIn, statsIn } from './outbox-status';
import { activeOf, byOfficeCode, countsOn, listOn } from './queries';
import { findReplyIn } from './replies';
import { sqliteMigrations } from './schema';
import type { SqliteDatabase } from './sqlite-database';
import { dayTicketsIn, ticketOfCodeIn, ticketPrimitives } from './ticket-primitives';

const failure =
  (operation: string) =>
  (cause: unknown): StoreError => ({
    type: 'StoreUnavailable',
    message: `sqlite ${operation} failed: ${cause instanceof Error ? cause.message : String(cause)}`,
    cause,
  });

const storeOn = (
  db: SqliteDatabase,
  conn: Connection,
  { capabilities, file }: Configured,
  grouping: GroupCommitSettings | undefined,
): BookingStore => {
  let closed = false;
  // Throws (so the caller's transaction rolls back) when the file cannot take a write; runs once
  // the write lock is held, so no booking commits into a lost file.
  const ensureFile = (): void => {
    if (db.open === false) throw new Error('the database connection is closed');
    const problem = file ? fileProblem(file) : undefined;
    if (problem) throw new Error(problem);
  };
  // Writes accepted before close() still run: close waits for them.
  const calls = callsOn(conn, ensureFile, grouping);
  const attempt = <T>(operation: string, work: () => Promise<T>): ResultAsync<T, StoreError> =>
    ResultAsync.fromThrowable(async () => {
      if (closed) throw new Error('the store is closed');
      return work();
    }, failure(operation))();
  const read = <T>(operation: string, work: () => T) => attempt(operation, () => calls.read(work));
  const write = <T>(operation: string, work: () => T | Promise<T>) =>
    attempt(operation, () => calls.write(work));
  const primitives = { ...bookingPrimitives(conn), ...ticketPrimitives(conn) };
  const transactor: Transactor = {
    transact: (scope, work) => write(scope.useCase, () => work(primitives)),
  };

  return {
    ...sqliteDeskBackplane(conn, { read, write, closed: () => closed }),
    capabilities,
    ...ledgerOver(transactor),
    transact: transactor.transact,
    findReply: (key) => read('findReply', () => findReplyIn(conn, key)),
    findByCode: (officeId, code) => read('findByCode', () => byOfficeCode(conn, officeId, code)),
    findActiveByApplicant: (key, activeFrom) =>
      read('findActiveByApplicant', () => activeOf(conn, key, activeFrom)),
    countBySlot: (officeId, dates) => read('countBySlot', () => countsOn(conn, officeId, dates)),
    listByDate: (officeId, date) => read('listByDate', () => listOn(conn, officeId, date)),
    listTickets: (officeId, date) => read('listTickets', () => dayTicketsIn(conn, officeId, date)),
    findTicketByCode: (officeId, code) =>
      read('findTicketByCode', () => ticketOfCodeIn(conn, officeId, code)),
    listAudit: (query) => read('listAudit', () => listAuditIn(conn, query)),
    claim: (input) => write('claim', () => claimIn(conn, input)),
    markSent: (input) => write('markSent', () => markSentIn(conn, input)),
    markFailed: (input) => write('markFailed', () => markFailedIn(conn, input)),
    postpone: (input) => write('postpone', () => postponeIn(conn, input)),
    recordDeliveryStatus: (input) => write('recordDeliveryStatus', () => recordStatusIn(conn, input)),
    outboxStats: () => read('outboxStats', () => statsIn(conn)),
    health: () =>
      read('health', () => {
        ensureFile();
        conn.get('SELECT 1 AS alive');
      }),
    // The caller opened the database and closes it; the store only stops using it.
    close: async () => {
      closed = true;
      await calls.settle();
    },
  };
};

/**
 * A `BookingStore` on a SQLite connection from `libsql` or `better-sqlite3`, which the caller
 * opens and closes: the schema, the primitives as SQL and the transaction; every rule is the
 * core's (`ledgerOver`). Sets WAL mode and the pragmas, migrates the schema, and remembers which
 * file it opened (device and inode), so `health()` and every write refuse once the file was
 * deleted or replaced. Writes run in `BEGIN IMMEDIATE` transactions, one at a time in this
 * process, while other processes on the file wait for the write lock; with group commit (the
 * default) writes arriving together share one transaction, each in a savepoint. Driver errors
 * and invalid options come back as `StoreUnavailable`, never as throws.
 */
export function createSqliteStore(
  db: SqliteDatabase,
  options: SqliteStoreOptions = {},
): ResultAsync<BookingStore, StoreError> {
  const grouping = groupCommitSettings(options.groupCommit);
  if (grouping.isErr()) return errAsync(grouping.error);
  return ResultAsync.fromPromise(
    openWhenUnlocked(busyTimeoutOf(options), () => {
      const conn = connect(db, busyTimeoutOf(options));
      const configured = configure(conn, options);
      migrate(conn, sqliteMigrations);
      return storeOn(db, conn, configured, grouping.value);
    }),
    failure('open'),
  );
}
