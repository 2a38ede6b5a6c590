import { type BookingStore, ledgerOver, type StoreError } from '@antrean/core';
import { okAsync, type ResultAsync } from 'neverthrow';
import { memoryDeskBackplane } from './desk-backplane';
import { countsOn } from './held-places';
import { copyOf, createMemoryState, messageKeyOf } from './memory-state';
import type { MemoryTables } from './memory-tables';
import { memoryRunner } from './memory-transaction';
import { claimIn, markFailedIn, markSentIn, postponeIn } from './outbox-lease';
import { recordStatusIn, statsIn } from './outbox-status';
import { activeOf, byCodeAt, listAuditIn, listOn } from './queries';
import { frozenReply } from './row-copies';
import { listTicketsIn, ticketOfCodeIn } from './ticket-primitives';

const tablesByStore = new WeakMap<BookingStore, MemoryTables>();

/**
 * A `BookingStore` kept in this process's memory: for tests, demos and single-process bots that
 * may lose their bookings on exit. It is a thin store: its primitives, its transaction (one at a
 * time, undone on failure) and its plain reads; every use case is the core's (`ledgerOver`).
 * Always ok; a `ResultAsync` like every store factory.
 */
export const createMemoryStore = (): ResultAsync<BookingStore, StoreError> => {
  const state = createMemoryState();
  let closed = false;
  const { transact, run } = memoryRunner(state, () => closed);
  const ledger = ledgerOver({ transact });

  const store: BookingStore = {
    ...ledger,
    transact,
    ...memoryDeskBackplane(state.audit, run),
    capabilities: { multiProcess: false, durable: false },
    // Frozen before the core sees it: the reply handed back is the store's own unchangeable copy.
    recordReply: (key, reply, at, delivery) => ledger.recordReply(key, frozenReply(reply), at, delivery),
    findReply: (key) => run('findReply', () => state.messages.get(messageKeyOf(key))?.reply),
    findByCode: (officeId, code) => run('findByCode', () => byCodeAt(state, officeId, code)),
    findActiveByApplicant: (key, activeFrom) =>
      run('findActiveByApplicant', () => activeOf(state, key, activeFrom)),
    countBySlot: (officeId, dates) => run('countBySlot', () => countsOn(state, officeId, dates)),
    listByDate: (officeId, date) => run('listByDate', () => listOn(state, officeId, date)),
    listTickets: (officeId, date) => run('listTickets', () => listTicketsIn(state, officeId, date)),
    findTicketByCode: (officeId, code) =>
      run('findTicketByCode', () => {
        const ticket = ticketOfCodeIn(state, officeId, code);
        return ticket && copyOf(ticket);
      }),
    listAudit: (query) => run('listAudit', () => listAuditIn(state, query)),
    claim: (input) => run('claim', () => claimIn(state, input)),
    markSent: (input) => run('markSent', () => markSentIn(state, input)),
    markFailed: (input) => run('markFailed', () => markFailedIn(state, input)),
    postpone: (input) => run('postpone', () => postponeIn(state, input)),
    recordDeliveryStatus: (input) => run('recordDeliveryStatus', () => recordStatusIn(state, input)),
    outboxStats: () => run('outboxStats', () => statsIn(state)),
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
