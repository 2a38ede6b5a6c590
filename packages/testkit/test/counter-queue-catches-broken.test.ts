import { describe, expect, it } from 'vitest';
import { auditsNothing, countsThenIssues, ignoresWalkInRatio } from './support/broken-queues';
import { brokenHarness } from './support/broken-stores';
import { named, runSuite } from './support/recording-api';

// The CounterQueue suite is only worth something if it fails for queues that are wrong.
describe('the storage conformance suite, on the counter queue', () => {
  const failedWith = async (breakStore: Parameters<typeof brokenHarness>[0]) =>
    named(await runSuite({ name: 'queue', create: brokenHarness(breakStore) }), 'failed');

  it('fails a store that numbers walk-ins by reading then writing, only where calls run at once', async () => {
    const failed = await failedWith(countsThenIssues);
    expect(failed).toContain(
      'issuing numbers > concurrent check-ins and walk-ins get numbers 1..n of their series, no gap, no repeat',
    );
    expect(failed).not.toContain('issuing numbers > sequences are per office, per day and per series');
  });

  it('fails a store that makes walk-ins wait for every booking', async () => {
    expect(await failedWith(ignoresWalkInRatio)).toContain(
      'calling at counters > calls bookings by session then sequence with a walk-in after every walkInEvery bookings',
    );
  });

  it('fails a store that keeps no audit trail', async () => {
    expect(await failedWith(auditsNothing)).toEqual(
      expect.arrayContaining([
        'audit trail > writes a row for every action with officer, code, number and counter, newest first',
        'audit trail > pages by time window, beforeId and limit',
        'audit trail > purge keeps the audit rows and the tickets',
      ]),
    );
  });
});
