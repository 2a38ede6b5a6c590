/**
 * The desk backplane suite: the feed, session revocations and work leases every store offers so
 * that several desk and bot processes on one database act as one deployment. It takes the same
 * options (and harnesses) as `storeConformanceSuite`.
 */
import type { ConformanceTestApi, StoreConformanceOptions } from '../conformance-types';
import { readCapabilities, useHarness } from '../support';
import { feedTests } from './feed';
import { leaseTests } from './leases';
import { revocationTests } from './revocations';
import { sharedFeedTests } from './shared-feed';

/** Declares the `DeskBackplane` suite for one adapter: `connectAnother` and `reopen` enable the cross-process and durable tests. */
export function deskBackplaneConformanceSuite(
  api: ConformanceTestApi,
  options: StoreConformanceOptions,
): void {
  api.describe(`${options.name}: DeskBackplane conformance`, async () => {
    const capabilities = await readCapabilities(options);
    const context = { api, options, capabilities, ...useHarness(api, options) };
    api.describe('desk feed', () => {
      feedTests(context);
      sharedFeedTests(context);
    });
    api.describe('session revocations', () => revocationTests(context));
    api.describe('work leases', () => leaseTests(context));
  });
}
