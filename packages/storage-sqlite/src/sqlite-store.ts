import type { BookingStore, DeskBackplane, StoreError } from '@antrean/core';
import { errAsync, okAsync, ResultAsync } from 'neverthrow';
import { cancelIn } from './cancel';
import { markCheckedInIn } from './check-in';
import { type Configured, configure, type SqliteStoreOptions } from './configure';
import { type Connection, connect } from './connection';
import { callNextIn, finishCallIn, recallIn } from './counter-calls';
import { checkInWithTicketIn, issueWalkInIn, ticketOfCode } from './counter-issue';
import { expireLapsedIn, listAuditIn, listTicketsIn } from './counter-queries';
import { sqliteDeskBackplane } from './desk-backplane';
import { fileProblem } from './file-identity';
import { type GroupCommitSettings, writeQueue } from './group-commit';
import { groupCommitSettings } from './group-commit-settings';
import { migrate } from './migrate';
import { claimIn } from './outbox-claim';
import { markFailedIn, markSentIn, postponeIn } from './outbox-marks';
import { recordStatusIn, statsIn } from './outbox-status';
import { purgeIn } from './purge';
import { activeOf, byOfficeCode, countsOn, listOn } from './queries';
import { findReplyIn, recordReplyIn } from './replies';
import { reserveIn } from './reserve';
import { sqliteMigrations } from './schema';
import type { SqliteDatabase } from './sqlite-database';

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
): BookingStore & DeskBackplane => {
  let closed = false;
  // Throws (so the caller's transaction rolls back) when the file cannot take a write.
  const ensureFile = (): void => {
    if (db.open === false) throw new Error('the database connection is closed');
    const problem = file ? fileProblem(file) : undefined;
    if (problem) throw new Error(problem);
  };
  const ensureServing = (): void => {
    if (closed) throw new Error('the store is closed');
    ensureFile();
  };
  // Writes accepted before close() still run: close waits for them.
  const queue = grouping && writeQueue(conn, ensureFile, grouping);
  const attempt = <T>(operation: string, work: () => T | Promise<T>): ResultAsync<T, StoreError> =>
    ResultAsync.fromThrowable(async () => {
      if (closed) throw new Error('the store is closed');
      return work();
    }, failure(operation))();
  // The file check runs once the write lock is held, so no booking commits into a lost file.
  const write = <T>(operation: string, work: () => T): ResultAsync<T, StoreError> =>
    queue
      ? attempt(operation, () => queue.submit(work))
      : attempt(operation, () =>
          conn.transaction(() => {
            ensureServing();
            return work();
          }),
        );

  return {
    ...sqliteDeskBackplane(conn, { read: attempt, write, closed: () => closed }),
    capabilities,
    findReply: (key) => attempt('findReply', () => findReplyIn(conn, key)),
    recordReply: (key, reply, at, delivery) =>
      write('recordReply', () => recordReplyIn(conn, key, reply, at, delivery)),
    reserve: (input) => write('reserve', () => reserveIn(conn, input)),
    cancel: (input) => write('cancel', () => cancelIn(conn, input)),
    findByCode: (officeId, code) => attempt('findByCode', () => byOfficeCode(conn, officeId, code)),
    findActiveByApplicant: (key, activeFrom) =>
      attempt('findActiveByApplicant', () => activeOf(conn, key, activeFrom)),
    countBySlot: (officeId, dates) => attempt('countBySlot', () => countsOn(conn, officeId, dates)),
    markCheckedIn: (input) => write('markCheckedIn', () => markCheckedInIn(conn, input)),
    listByDate: (officeId, date) => attempt('listByDate', () => listOn(conn, officeId, date)),
    checkInWithTicket: (input) => write('checkInWithTicket', () => checkInWithTicketIn(conn, input)),
    issueWalkIn: (input) => write('issueWalkIn', () => issueWalkInIn(conn, input)),
    callNext: (input) => write('callNext', () => callNextIn(conn, input)),
    recall: (input) => write('recall', () => recallIn(conn, input)),
    finishCall: (input) => write('finishCall', () => finishCallIn(conn, input)),
    listTickets: (officeId, date) => attempt('listTickets', () => listTicketsIn(conn, officeId, date)),
    findTicketByCode: (officeId, code) =>
      attempt('findTicketByCode', () => ticketOfCode(conn, officeId, code)),
    listAudit: (query) => attempt('listAudit', () => listAuditIn(conn, query)),
    expireLapsed: (input) => write('expireLapsed', () => expireLapsedIn(conn, input)),
    claim: (input) => write('claim', () => claimIn(conn, input)),
    markSent: (input) => write('markSent', () => markSentIn(conn, input)),
    markFailed: (input) => write('markFailed', () => markFailedIn(conn, input)),
    postpone: (input) => write('postpone', () => postponeIn(conn, input)),
    recordDeliveryStatus: (input) => write('recordDeliveryStatus', () => recordStatusIn(conn, input)),
    outboxStats: () => attempt('outboxStats', () => statsIn(conn)),
    purge: (before) => write('purge', () => purgeIn(conn, before)),
    health: () =>
      attempt('health', () => {
        ensureServing();
        conn.get('SELECT 1 AS alive');
      }),
    // The caller opened the database and closes it; the store only stops using it.
    close: async () => {
      closed = true;
      await queue?.drain();
    },
  };
};

/**
 * A `BookingStore` on a SQLite connection from `libsql` or `better-sqlite3`, which the caller
 * opens and closes. Sets WAL mode and the pragmas, migrates the schema, and remembers which file
 * it opened (device and inode), so `health()` and every write refuse once the file was deleted
 * or replaced. Writes run in synchronous `BEGIN IMMEDIATE` transactions, so calls from this
 * process never interleave and other processes on the file wait for the write lock; with group
 * commit (the default) writes arriving together share one transaction, each in a savepoint.
 * Driver errors and invalid options come back as `StoreUnavailable`, never as throws.
 */
export function createSqliteStore(
  db: SqliteDatabase,
  options: SqliteStoreOptions = {},
): ResultAsync<BookingStore & DeskBackplane, StoreError> {
  const grouping = groupCommitSettings(options.groupCommit);
  if (grouping.isErr()) return errAsync(grouping.error);
  try {
    const conn = connect(db);
    const configured = configure(conn, options);
    migrate(conn, sqliteMigrations);
    return okAsync(storeOn(db, conn, configured, grouping.value));
  } catch (cause) {
    return errAsync(failure('open')(cause));
  }
}
