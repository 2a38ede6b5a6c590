/**
 * The storage conformance suite every `BookingStore` adapter runs (memory, SQLite, PostgreSQL,
 * and yours), organised by port: each port has its own suite function and files stating the
 * semantics they check in their headers. `storeConformanceSuite` runs them all.
 *
 * ```ts
 * import { afterEach, beforeEach, describe, expect, it } from 'vitest';
 * storeConformanceSuite({ describe, it, expect, beforeEach, afterEach }, { name: 'mine', create });
 * ```
 */
import { bookingTests } from './booking-ledger/bookings';
import { capacityTests } from './booking-ledger/capacity';
import { codeTests } from './booking-ledger/codes';
import { concurrencyTests } from './booking-ledger/concurrency';
import { concurrencyPropertyTests } from './booking-ledger/concurrency-property';
import { coreAgreementTests } from './booking-ledger/core-agreement';
import { identityBindingTests } from './booking-ledger/identity-binding';
import { ledgerMessageTests } from './booking-ledger/ledger-messages';
import { officeTests } from './booking-ledger/offices';
import { markCheckedInTests } from './check-in-desk/mark-checked-in';
import type { ConformanceTestApi, StoreConformanceOptions, SuiteContext } from './conformance-types';
import { auditTests } from './counter-queue/audit';
import { callingTests } from './counter-queue/calling';
import { expiryTests } from './counter-queue/expiry';
import { issuingTests } from './counter-queue/issuing';
import { queueProcessTests } from './counter-queue/processes';
import { refusalTests } from './counter-queue/refusals';
import { messageLogTests } from './message-log/message-log';
import { claimTests } from './reply-outbox/claims';
import { leasedUpdateTests } from './reply-outbox/leased-updates';
import { recordingTests } from './reply-outbox/recording';
import { statusRetentionTests } from './reply-outbox/status-and-retention';
import { hostileMessageTests } from './service/hostile-messages';
import { durabilityTests } from './store-maintenance/durability';
import { healthTests } from './store-maintenance/health';
import { expiryRetentionTests } from './store-maintenance/retention';
import { sharedDatabaseTests } from './store-maintenance/shared-database';
import { ledgerTextTests } from './stored-text/ledger-writes';
import { outboxTextTests } from './stored-text/outbox-writes';
import { queueTextTests } from './stored-text/queue-writes';
import { readCapabilities, useHarness } from './support';

export type {
  ConformanceTestApi,
  DeclareTest,
  ProbedBooking,
  ProbedDelivery,
  StoreConformanceOptions,
  StoreHarness,
  StoreProbe,
  TestBody,
} from './conformance-types';
export { deskBackplaneConformanceSuite } from './desk-backplane';
/** The suite's builders (ids, sessions, bookings, requests), for an adapter's own extra tests. */
export * as conformanceFixtures from './fixtures';
export { replyTextProblems } from './service/hostile-messages';

/** Declares one port's tests under `title`, with a fresh store per test and the store's capabilities. */
const portSuite =
  (title: string, declare: (context: SuiteContext) => void) =>
  (api: ConformanceTestApi, options: StoreConformanceOptions): void => {
    api.describe(`${options.name}: ${title} conformance`, async () => {
      const capabilities = await readCapabilities(options);
      declare({ api, options, capabilities, ...useHarness(api, options) });
    });
  };

/** `MessageLog`: deduplication keyed by channel, sender and message id. */
export const messageLogConformance = portSuite('MessageLog', (context) => {
  context.api.describe('message log', () => messageLogTests(context));
});

/** `BookingLedger`: reserve, cancel, look-ups, capacity, codes, binding, offices, agreement with the core, concurrency. */
export const bookingLedgerConformance = portSuite('BookingLedger', (context) => {
  const { describe } = context.api;
  describe('bookings', () => bookingTests(context));
  describe('codes', () => codeTests(context));
  describe('capacity', () => capacityTests(context));
  describe('identity and number binding', () => identityBindingTests(context));
  describe('messages answered by a write', () => ledgerMessageTests(context));
  describe('two offices on one store', () => officeTests(context));
  describe('agreement with the core rules', () => coreAgreementTests(context));
  describe('concurrency', () => {
    concurrencyTests(context);
    concurrencyPropertyTests(context);
  });
});

/** `CheckInDesk`: the counter's check-in and day list. */
export const checkInDeskConformance = portSuite('CheckInDesk', (context) => {
  context.api.describe('check-in and day list', () => markCheckedInTests(context));
});

/** `CounterQueue`: queue numbers, calling at counters, the audit trail and the expiry sweep. */
export const counterQueueConformance = portSuite('CounterQueue', (context) => {
  const { describe } = context.api;
  describe('issuing numbers', () => issuingTests(context));
  describe('refused check-ins', () => refusalTests(context));
  describe('calling at counters', () => callingTests(context));
  describe('audit trail', () => auditTests(context));
  describe('expiry sweep', () => expiryTests(context));
  describe('several processes', () => queueProcessTests(context));
});

/** `StoreMaintenance`: retention, health, durability and several processes. */
export const storeMaintenanceConformance = portSuite('StoreMaintenance', (context) => {
  const { describe } = context.api;
  describe('expiry and retention', () => expiryRetentionTests(context));
  describe('health', () => healthTests(context));
  describe('durability', () => durabilityTests(context));
  describe('several processes', () => sharedDatabaseTests(context));
});

/** `ReplyOutbox`: pending deliveries recorded with replies, claims under leases, leased updates, status, stats, purge. */
export const replyOutboxConformance = portSuite('ReplyOutbox', (context) => {
  const { describe } = context.api;
  describe('deliveries recorded with replies', () => recordingTests(context));
  describe('claims and leases', () => claimTests(context));
  describe('updates under a lease', () => leasedUpdateTests(context));
  describe('status callbacks, stats and retention', () => statusRetentionTests(context));
});

/** The booking service over the store: hostile messages answered cleanly and replayed identically. */
export const serviceOverStoreConformance = portSuite('booking service over the store', (context) => {
  context.api.describe('hostile messages', () => hostileMessageTests(context));
});

/**
 * Any string (NUL and lone surrogates, which PostgreSQL's `text` refuses or cannot keep) in the
 * stored fields of every write: never a throw, and an error leaves no partial write.
 */
const storedTextConformance = portSuite('stored text', (context) => {
  const { describe } = context.api;
  describe('message log and ledger writes', () => ledgerTextTests(context));
  describe('outbox writes', () => outboxTextTests(context));
  describe('counter queue writes', () => queueTextTests(context));
});

/**
 * Declares the whole suite for one adapter: every port's suite, then the service over the store.
 * `create` gives a fresh, empty store per test; `reopen`, when given, enables the durability test;
 * `connectAnother` the several-processes test. Tests a store cannot pass because it lacks a
 * capability are reported as skipped, with the reason in their names.
 */
export function storeConformanceSuite(api: ConformanceTestApi, options: StoreConformanceOptions): void {
  messageLogConformance(api, options);
  bookingLedgerConformance(api, options);
  checkInDeskConformance(api, options);
  counterQueueConformance(api, options);
  storeMaintenanceConformance(api, options);
  replyOutboxConformance(api, options);
  serviceOverStoreConformance(api, options);
  storedTextConformance(api, options);
}
