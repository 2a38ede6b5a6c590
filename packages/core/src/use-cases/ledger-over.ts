import type { BookingLedger } from '../ports/booking-ledger';
import type { CheckInDesk } from '../ports/check-in-desk';
import type { CounterQueue } from '../ports/counter-queue';
import type { MessageLog } from '../ports/message-log';
import type { StoreMaintenance } from '../ports/store-maintenance';
import type { Transactor } from '../ports/transactor';
import { cancelOver } from './cancel';
import { checkInWithTicketOver, markCheckedInOver } from './check-in';
import { callNextOver, finishCallOver, recallOver } from './counter-calls';
import { expireLapsedOver } from './expire-lapsed';
import { purgeOver } from './purge';
import { recordReplyOver } from './record-reply';
import { reserveOver } from './reserve';
import { issueWalkInOver } from './walk-in';

/** The store methods that are use cases: each one is the core's, run in the store's transaction. */
export type LedgerUseCases = Pick<BookingLedger, 'reserve' | 'cancel'> &
  Pick<MessageLog, 'recordReply'> &
  Pick<CheckInDesk, 'markCheckedIn'> &
  Pick<
    CounterQueue,
    'checkInWithTicket' | 'issueWalkIn' | 'callNext' | 'recall' | 'finishCall' | 'expireLapsed'
  > &
  Pick<StoreMaintenance, 'purge'>;

/**
 * Every use case of a store over its transaction: a store supplies `transact` (its primitives,
 * schema and transaction) and its plain reads, and gets the rules from here, written once.
 */
export const ledgerOver = (store: Transactor): LedgerUseCases => ({
  reserve: (input) =>
    store.transact({ useCase: 'reserve', officeId: input.booking.officeId }, (tx) => reserveOver(tx, input)),
  cancel: (input) =>
    store.transact({ useCase: 'cancel', officeId: input.officeId }, (tx) => cancelOver(tx, input)),
  recordReply: (key, reply, at, delivery) =>
    store.transact({ useCase: 'recordReply' }, (tx) =>
      recordReplyOver(tx, { key, reply, at, ...(delivery ? { delivery } : {}) }),
    ),
  markCheckedIn: (input) =>
    store.transact({ useCase: 'markCheckedIn', officeId: input.officeId }, (tx) =>
      markCheckedInOver(tx, input),
    ),
  checkInWithTicket: (input) =>
    store.transact({ useCase: 'checkInWithTicket', officeId: input.officeId }, (tx) =>
      checkInWithTicketOver(tx, input),
    ),
  issueWalkIn: (input) =>
    store.transact({ useCase: 'issueWalkIn', officeId: input.officeId }, (tx) => issueWalkInOver(tx, input)),
  callNext: (input) =>
    store.transact({ useCase: 'callNext', officeId: input.officeId }, (tx) => callNextOver(tx, input)),
  recall: (input) =>
    store.transact({ useCase: 'recall', officeId: input.officeId }, (tx) => recallOver(tx, input)),
  finishCall: (input) =>
    store.transact({ useCase: 'finishCall', officeId: input.officeId }, (tx) => finishCallOver(tx, input)),
  expireLapsed: (input) =>
    store.transact(
      { useCase: 'expireLapsed', ...(input.officeId === undefined ? {} : { officeId: input.officeId }) },
      (tx) => expireLapsedOver(tx, input),
    ),
  purge: (before) => store.transact({ useCase: 'purge' }, (tx) => purgeOver(tx, before)),
});
