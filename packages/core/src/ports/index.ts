/** The ports module's names used elsewhere in the core or by the root entry; the rest stays inside. */
export type {
  BookingLedger,
  CancelInput,
  CancelResult,
  MessageToRecord,
  NewBooking,
  ReserveInput,
  ReserveResult,
  SlotCounts,
} from './booking-ledger';
export type { BookingStore } from './booking-store';
export type { CheckInDesk, MarkCheckedInInput, MarkCheckedInResult } from './check-in-desk';
export type { Clock } from './clock';
export { systemClock } from './clock';
export type { CodeGenerator } from './code-generator';
export type {
  AuditQuery,
  CallNextInput,
  CounterActionInput,
  CounterActionResult,
  CounterQueue,
  TicketCheckInInput,
  TicketCheckInResult,
  WalkInInput,
} from './counter-queue';
export type { DeskBackplane, DeskFeed, SessionRevocations, WorkLeases } from './desk-backplane';
export type { MessageKey } from './message-key';
export type { MessageLog, RecordedReply } from './message-log';
export type { InboundMessage, MessageTransport, OutboundMessage } from './message-transport';
export type {
  ClaimInput,
  DeliveryError,
  DeliveryState,
  DeliveryStatus,
  LeasedUpdate,
  OutboxItem,
  OutboxStats,
  ReplyDelivery,
  ReplyOutbox,
} from './reply-outbox';
export type { StoreError } from './store-error';
export type { PurgeResult, StoreCapabilities, StoreMaintenance } from './store-maintenance';
export type {
  BindingWrite,
  LedgerPrimitives,
  PurgeThresholds,
  ReplyRecord,
  ReserveFacts,
  StatusChange,
} from './store-primitives';
export type { TransactionScope, Transactor, UseCaseName } from './transactor';
export { ConcurrentChange, isConcurrentChange } from './transactor';
