/**
 * antrean's testkit: fast-check arbitraries for the booking domain, and the storage and transport
 * conformance suites every adapter runs. The list is explicit; test/package-exports.test.ts holds it.
 */

// Arbitraries: codes, messages, offices, instants, outcomes and hostile input.
export {
  applicantNameArb,
  type BookingRequestArbOptions,
  bookingCodeArb,
  bookingMessageArb,
  bookingRequestArb,
  codeBodyArb,
  codeCharArb,
  codeInputArb,
  codeSpellingArb,
  hostileFragmentArb,
  hostileMessageTextArb,
  hostileSenderArb,
  hostileTextArb,
  INDONESIAN_TIME_ZONES,
  type InstantRange,
  indonesianMobileArb,
  indonesianMobileFormsArb,
  indonesianTimeZoneArb,
  instantArb,
  type LocalDateRange,
  localDateArb,
  localTimeArb,
  type NearValidMessage,
  nearValidMessageArb,
  nearValidMessageCaseArb,
  type OutcomeArbOptions,
  officeConfigArb,
  outcomeArb,
  rejectionArb,
  sessionConfigArb,
  styledBookingMessageArb,
  type WrittenMobile,
  weekdayArb,
} from './arbitraries';

// The storage conformance suite, whole or one port at a time.
export {
  bookingLedgerConformance,
  type ConformanceTestApi,
  checkInDeskConformance,
  conformanceFixtures,
  counterQueueConformance,
  type DeclareTest,
  deskBackplaneConformanceSuite,
  messageLogConformance,
  type ProbedBooking,
  type ProbedDelivery,
  replyOutboxConformance,
  replyTextProblems,
  type StoreConformanceOptions,
  type StoreHarness,
  type StoreProbe,
  serviceOverStoreConformance,
  storeConformanceSuite,
  storeMaintenanceConformance,
  type TestBody,
} from './conformance';

// The transport conformance suite.
export {
  type ConformanceGroup,
  messageKey,
  type RecordingTarget,
  recordingTarget,
  type SignatureProblem,
  type TransportConformanceOptions,
  type TransportFixture,
  type TransportHandler,
  type TransportStatuses,
  type TransportTarget,
  type TransportTargetError,
  type TransportTestApi,
  transportConformanceSuite,
} from './transport-conformance';

// Waiting in tests for a condition, with a deadline, instead of for a guessed time.
export { type WaitOptions, waitUntil } from './wait-until';
