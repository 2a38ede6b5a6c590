import type { BookingLedger } from './booking-ledger';
import type { CheckInDesk } from './check-in-desk';
import type { CounterQueue } from './counter-queue';
import type { DeskBackplane } from './desk-backplane';
import type { MessageLog } from './message-log';
import type { ReplyOutbox } from './reply-outbox';
import type { StoreMaintenance } from './store-maintenance';
import type { Transactor } from './transactor';

/**
 * Everything a booking service and its reply dispatcher need, as one object a store factory
 * returns. The writes are the core's use cases (`ledgerOver`) run in the store's `transact`; the
 * desk backplane lets several processes share the store as one deployment.
 */
export type BookingStore = MessageLog &
  BookingLedger &
  CheckInDesk &
  CounterQueue &
  StoreMaintenance &
  ReplyOutbox &
  Transactor &
  DeskBackplane;
