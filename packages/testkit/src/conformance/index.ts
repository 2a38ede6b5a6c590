/**
 * The storage conformance suite every `BookingStore` adapter runs (memory, SQLite, PostgreSQL,
 * and yours). Each concern's file states the semantics it checks in its header.
 *
 * ```ts
 * import { afterEach, beforeEach, describe, expect, it } from 'vitest';
 * storeConformanceSuite({ describe, it, expect, beforeEach, afterEach }, { name: 'mine', create });
 * ```
 */
import { bookingTests } from './bookings';
import { capacityTests } from './capacity';
import { codeTests } from './codes';
import { concurrencyTests } from './concurrency';
import { concurrencyPropertyTests } from './concurrency-property';
import type { ConformanceTestApi, StoreConformanceOptions, SuiteContext } from './conformance-types';
import { deduplicationTests } from './deduplication';
import { durabilityTests } from './durability';
import { expiryRetentionTests } from './expiry-retention';
import { identityBindingTests } from './identity-binding';
import { sharedDatabaseTests } from './shared-database';
import { useHarness } from './support';

export type * from './conformance-types';
/** The suite's builders (ids, sessions, bookings, requests), for an adapter's own extra tests. */
export * as conformanceFixtures from './fixtures';

const readCapabilities = async (options: StoreConformanceOptions): Promise<SuiteContext['capabilities']> => {
  const probe = await options.create();
  try {
    return { ...probe.store.capabilities };
  } finally {
    await probe.dispose();
  }
};

/**
 * Declares the whole suite for one adapter: `create` gives a fresh, empty store per test;
 * `reopen`, when given, enables the durability test. Tests a store cannot pass because it lacks
 * a capability are reported as skipped, with the reason in their names.
 */
export function storeConformanceSuite(api: ConformanceTestApi, options: StoreConformanceOptions): void {
  api.describe(`${options.name}: BookingStore conformance`, async () => {
    const capabilities = await readCapabilities(options);
    const context: SuiteContext = { api, options, capabilities, ...useHarness(api, options) };
    api.describe('bookings', () => bookingTests(context));
    api.describe('codes', () => codeTests(context));
    api.describe('capacity', () => capacityTests(context));
    api.describe('identity and number binding', () => identityBindingTests(context));
    api.describe('message deduplication', () => deduplicationTests(context));
    api.describe('expiry and retention', () => expiryRetentionTests(context));
    api.describe('concurrency', () => {
      concurrencyTests(context);
      concurrencyPropertyTests(context);
    });
    api.describe('durability', () => durabilityTests(context));
    api.describe('several processes', () => sharedDatabaseTests(context));
  });
}
