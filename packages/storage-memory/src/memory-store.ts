import type { BookingStore, DeskBackplane, StoreError } from '@antrean/core';
import { errAsync, okAsync, type ResultAsync } from 'neverthrow';
import { cancelIn } from './cancel';
import { callNextIn, finishCallIn, recallIn } from './counter-calls';
import { checkInWithTicketIn, issueWalkInIn, ticketOfCode } from './counter-issue';
import { expireLapsedIn, listAuditIn, listTicketsIn } from './counter-queries';
import { createCounterState } from './counter-state';
import { memoryDeskBackplane } from './desk-backplane';
import { markCheckedInIn } from './mark-checked-in';
import { createMemoryState, type MemoryState, type MemoryTables } from './memory-state';
import { claimIn, markFailedIn, markSentIn, postponeIn } from './outbox-lease';
import { recordStatusIn, statsIn } from './outbox-status';
import { purgeIn } from './purge';
import { activeOf, byCodeAt, countsOn, listOn } from './queries';
import { recordedReply, recordReplyIn, reserveIn } from './reserve';

const tablesByStore = new WeakMap<BookingStore, MemoryTables>();

const storeError = (message: string, cause?: unknown): StoreError =>
  cause === undefined ? { type: 'StoreUnavailable', message } : { type: 'StoreUnavailable', message, cause };

/**
 * A `BookingStore` kept in this process's memory: for tests, demos and single-process bots that
 * may lose their bookings on exit. Every operation does all its checks and writes synchronously
 * before returning an already settled result, so concurrent async callers cannot interleave
 * between a check and its write. Always ok; a `ResultAsync` like every store factory.
 */
export const createMemoryStore = (): ResultAsync<BookingStore & DeskBackplane, StoreError> => {
  const state: MemoryState = createMemoryState();
  const desk = createCounterState();
  let closed = false;

  // A caller's `render` may throw; that must come back as an error, never escape the store.
  const run = <T>(operation: string, work: () => T): ResultAsync<T, StoreError> => {
    if (closed) return errAsync(storeError(`memory store is closed (${operation})`));
    try {
      return okAsync(work());
    } catch (cause) {
      const reason = cause instanceof Error ? cause.message : String(cause);
      return errAsync(storeError(`${operation} failed: ${reason}`, cause));
    }
  };

  const store: BookingStore & DeskBackplane = {
    ...memoryDeskBackplane(desk.audit, run),
    capabilities: { multiProcess: false, durable: false },
    findReply: (key) => run('findReply', () => recordedReply(state, key)),
    recordReply: (key, reply, at, delivery) =>
      run('recordReply', () => recordReplyIn(state, key, reply, at, delivery)),
    reserve: (input) => run('reserve', () => reserveIn(state, input)),
    cancel: (input) => run('cancel', () => cancelIn(state, input)),
    markCheckedIn: (input) => run('markCheckedIn', () => markCheckedInIn(state, input)),
    findByCode: (officeId, code) => run('findByCode', () => byCodeAt(state, officeId, code)),
    findActiveByApplicant: (key, activeFrom) =>
      run('findActiveByApplicant', () => activeOf(state, key, activeFrom)),
    countBySlot: (officeId, dates) => run('countBySlot', () => countsOn(state, officeId, dates)),
    listByDate: (officeId, date) => run('listByDate', () => listOn(state, officeId, date)),
    checkInWithTicket: (input) => run('checkInWithTicket', () => checkInWithTicketIn(state, desk, input)),
    issueWalkIn: (input) => run('issueWalkIn', () => issueWalkInIn(desk, input)),
    callNext: (input) => run('callNext', () => callNextIn(desk, input)),
    recall: (input) => run('recall', () => recallIn(desk, input)),
    finishCall: (input) => run('finishCall', () => finishCallIn(desk, input)),
    listTickets: (officeId, date) => run('listTickets', () => listTicketsIn(desk, officeId, date)),
    findTicketByCode: (officeId, code) => run('findTicketByCode', () => ticketOfCode(desk, officeId, code)),
    listAudit: (query) => run('listAudit', () => listAuditIn(desk, query)),
    expireLapsed: (input) => run('expireLapsed', () => expireLapsedIn(state, input)),
    claim: (input) => run('claim', () => claimIn(state, input)),
    markSent: (input) => run('markSent', () => markSentIn(state, input)),
    markFailed: (input) => run('markFailed', () => markFailedIn(state, input)),
    postpone: (input) => run('postpone', () => postponeIn(state, input)),
    recordDeliveryStatus: (input) => run('recordDeliveryStatus', () => recordStatusIn(state, input)),
    outboxStats: () => run('outboxStats', () => statsIn(state)),
    purge: (before) => run('purge', () => purgeIn(state, before)),
    health: () => run('health', () => undefined),
    close: async () => {
      closed = true;
    },
  };
  tablesByStore.set(store, state);
  return okAsync(store);
};

/**
 * The rows of a store made by `createMemoryStore` (undefined for any other store): read-only
 * access for test probes and debugging, bypassing the store's own queries.
 */
export const memoryTablesOf = (store: BookingStore): MemoryTables | undefined => tablesByStore.get(store);
