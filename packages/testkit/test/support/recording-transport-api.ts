import type { TransportConformanceOptions, TransportTestApi } from '@antrean/testkit';
import { transportConformanceSuite } from '@antrean/testkit';
import { expect } from 'vitest';

/**
 * Runs the transport suite outside Vitest and returns the names of the tests that failed
 * (without the suite's title), so a test can assert what the suite catches.
 */
export async function failedTransportTests(options: TransportConformanceOptions): Promise<string[]> {
  const path: string[] = [];
  const tests: { name: string; body: () => Promise<void> | void }[] = [];
  const api: TransportTestApi = {
    describe: (name, body) => {
      path.push(name);
      body();
      path.pop();
    },
    it: (name, body) => {
      tests.push({ name: [...path.slice(1), name].join(' > '), body });
    },
    expect,
  };
  transportConformanceSuite(api, options);
  const failed: string[] = [];
  for (const test of tests) {
    try {
      await test.body();
    } catch {
      failed.push(test.name);
    }
  }
  return failed;
}
