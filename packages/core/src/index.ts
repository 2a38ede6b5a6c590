/**
 * antrean core: pure booking rules over ports. This entry names its public API one by one: what an
 * application, a store adapter or a transport needs. Test doubles live in `@antrean/core/testing`;
 * everything else stays inside the package. test/package-exports.test.ts holds the list.
 */

export type { SessionsFull } from './allocation';
// The sessions of a date and whether the office is open on it: one definition, the desk's too.
export { allocateSlot, bookingInSlot, isOpenOn, sessionsOn } from './allocation';
export type { CodeProblem } from './codes';
// Booking codes.
/**
 * Used only by `@antrean/testkit`, whose arbitraries write messages, names and outcomes the way the
 * grammar reads them; exported so the testkit needs no copy of the grammar's words.
 */
export {
  CODE_ALPHABET,
  CODE_BODY_LENGTH,
  checkCharacter,
  displayCode,
  makeBookingCode,
  nanoidCodeGenerator,
  parseBookingCode,
} from './codes';
// The counter desk: calling order and queue numbers, shared by every store and the desk.
export type { AuditFacts, NewAuditEntry } from './desk';
export {
  auditRecord,
  bookingCallsSinceWalkIn,
  chooseNextTicket,
  defaultTicketSeries,
  formatTicketNumber,
  parseTicketNumber,
  TICKET_DIGITS,
  WALK_IN_SERIES,
} from './desk';
export type {
  Applicant,
  ApplicationType,
  AuditAction,
  AuditEntry,
  Booking,
  CodeState,
  DateProblem,
  E164,
  LocalDate,
  LocalTime,
  MessageField,
  NameProblem,
  Outcome,
  QueueTicket,
  RejectedOutcome,
  Rejection,
  RejectionReason,
  Reply,
  SessionSlot,
  StoredBookingStatus,
  TicketKind,
  TicketStatus,
} from './domain';
// The domain's values and outcomes.
export { APPLICATION_TYPES } from './domain';
export type { BookingTiming, CheckInVerdict, CheckInWindow, WindowTiming } from './expiry';
export { activeFrom, checkInVerdict, checkInWindow, codeState, deadlineHolds, isActiveAt } from './expiry';
export type { BookingMessageStyle, BookingRequest, ParsedMessage } from './grammar';
// Reading messages and writing replies.
export {
  APPLICATION_TYPE_WORDS,
  COMMAND_WORDS,
  foldText,
  formatDateField,
  parseDateField,
  parseMessage,
  parseName,
} from './grammar';
export type {
  DocumentList,
  Language,
  OfficeConfig,
  OfficeConfigError,
  OfficeConfigIssue,
  OfficeDocuments,
  SessionConfig,
  Weekday,
} from './office';
// Office configuration.
export { centralJakartaOffice, DEFAULT_DOCUMENTS, parseOfficeConfig, parseOfficeConfigJson } from './office';
export type {
  BackoffOptions,
  DispatchEvent,
  DispatchReport,
  ReplyDispatcher,
  ReplyDispatcherOptions,
  SendFailure,
  SendReply,
} from './outbox';
// The reply outbox's dispatcher: sends recorded replies through a provider, paced and retried.
export {
  createReplyDispatcher,
  DELIVERY_MOVES_FROM,
  deliveryMoves,
  fitText,
  MAX_REPLY_LENGTH,
  PROVIDER_FAILED_REASON,
} from './outbox';
export type {
  AuditQuery,
  BindingWrite,
  BookingLedger,
  BookingStore,
  CallNextInput,
  CancelInput,
  CancelResult,
  CheckInDesk,
  ClaimInput,
  Clock,
  CodeGenerator,
  CounterActionInput,
  CounterActionResult,
  CounterQueue,
  DeliveryError,
  DeliveryState,
  DeliveryStatus,
  DeskBackplane,
  DeskFeed,
  InboundMessage,
  LeasedUpdate,
  LedgerPrimitives,
  MarkCheckedInInput,
  MarkCheckedInResult,
  MessageKey,
  MessageLog,
  MessageToRecord,
  MessageTransport,
  NewBooking,
  OutboundMessage,
  OutboxItem,
  OutboxStats,
  PurgeResult,
  PurgeThresholds,
  RecordedReply,
  ReplyDelivery,
  ReplyOutbox,
  ReplyRecord,
  ReserveFacts,
  ReserveInput,
  ReserveResult,
  SessionRevocations,
  SlotCounts,
  StatusChange,
  StoreCapabilities,
  StoreError,
  StoreMaintenance,
  TicketCheckInInput,
  TicketCheckInResult,
  TransactionScope,
  Transactor,
  UseCaseName,
  WalkInInput,
  WorkLeases,
} from './ports';
// Store primitives: a use case that finds a concurrent writer won throws this, and the store runs it again.
// Ports: what adapters implement, and the edge defaults for a running service.
export { ConcurrentChange, isConcurrentChange, systemClock } from './ports';
export type { ReplyOptions } from './replies';
export { rejectedOutcome, renderReply } from './replies';
export type { NumberBinding } from './rules';
// The rules stores and the counter share with the service, so none of them writes one again.
export {
  applicantKey,
  bindingSince,
  checkArrivalDate,
  checkNumberBinding,
  lastBookableDate,
  normalizeSender,
} from './rules';
export type {
  BookingService,
  BookingServiceDeps,
  CheckInMarker,
  CheckInResult,
  CodeGeneratorFailed,
  CounterCheckIn,
  CounterCheckInDeps,
  DayListEntry,
  HandledMessage,
  InvalidDependency,
  ServiceError,
} from './service';
// The booking service: what an application embeds.
// The counter's check-in, one use case for the desk (with a queue ticket) and the terminal bot.
export { checkInAtCounter, createBookingService, MAX_UNREAD_SENDER_LENGTH, readCounterCode } from './service';
// Dates and times in the office's zone, as the terminal bot reads and prints them at the counter.
export {
  addDays,
  daysBetween,
  formatLocalTime,
  formatOffsetIso,
  isValidLocalDate,
  localDateOf,
  zoneAbbreviation,
} from './time';
export type { LedgerUseCases } from './use-cases';
// The use cases, written once over the store primitives: a store gets them all from `ledgerOver`.
export {
  callNextOver,
  cancelOver,
  checkInWithTicketOver,
  expireLapsedOver,
  finishCallOver,
  hasRoom,
  issueWalkInOver,
  ledgerOver,
  markCheckedInOver,
  purgeOver,
  recallOver,
  recordReplyOver,
  reserveOver,
} from './use-cases';
