import { formatTicketNumber } from '@antrean/core';
import fc from 'fast-check';
import type { ConformanceTestApi } from '../conformance-types';
import { snapshotOf } from './snapshot';
import type { PrimitivesHarness } from './suite-types';
import { callTime, DATES, universe } from './universe';

/** Runs a test on a fresh store, disposed afterwards whatever happened. */
export type WithStore = (test: (h: PrimitivesHarness) => Promise<void>) => Promise<void>;

const PROPERTY_TIMEOUT = 300_000;

/** Concurrent transactions: places never taken past the capacity, numbers never issued twice. */
export function raceTests(api: ConformanceTestApi, withStore: WithStore, numRuns: number): void {
  const { it, expect } = api;
  it(
    'property: concurrent transactions never take more places than the capacity, and fill it',
    async () => {
      const planArb = fc.record({
        capacity: fc.integer({ min: 1, max: 4 }),
        takers: fc.array(fc.nat({ max: 1 }), { minLength: 2, maxLength: 10 }),
      });
      await fc.assert(
        fc.asyncProperty(planArb, ({ capacity, takers }) =>
          withStore(async ({ store }) => {
            const u = universe();
            const officeId = u.offices[0]!;
            const person = u.applicants[0]!;
            const results = await Promise.all(
              takers.map((s, i) =>
                store.transact({ useCase: 'reserve', officeId }, async (tx) => {
                  // A read first, as `reserve` makes: the race is between the read and the take.
                  await tx.reserveFacts({
                    applicantKey: person.key,
                    phone: u.phones[0]!,
                    code: u.codes[i]!,
                  });
                  return tx.takePlace(officeId, { ...u.slots[s]!, capacity });
                }),
              ),
            );
            expect(results.filter((r) => r.isErr()).map((r) => JSON.stringify(r))).toEqual([]);
            const taken = [0, 1].map(
              (s) => results.filter((r, i) => takers[i] === s && r.isOk() && r.value).length,
            );
            const wanted = [0, 1].map((s) => Math.min(capacity, takers.filter((t) => t === s).length));
            expect(taken, `places taken of capacity ${capacity} per session`).toEqual(wanted);
            const { held } = await snapshotOf(store, u);
            expect(held.slice(0, 2), 'places held after the race').toEqual(wanted);
          }),
        ),
        { numRuns },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'concurrent transactions that lock the day get numbers 1..n of their series, no gap, no repeat',
    async () => {
      await withStore(async ({ store }) => {
        const u = universe();
        const officeId = u.offices[0]!;
        const date = DATES[0];
        const issued = await Promise.all(
          Array.from({ length: 8 }, (_, i) =>
            store.transact({ useCase: 'issueWalkIn', officeId }, async (tx) => {
              await tx.lockDay(officeId, date);
              const sequence = await tx.nextSequence(officeId, date, 'W');
              const number = formatTicketNumber('W', sequence);
              const fields = {
                kind: 'walk_in' as const,
                reason: 'lost passport',
                status: 'waiting' as const,
              };
              const ticket = { officeId, date, number, series: 'W', sequence, ...fields };
              await tx.insertTicket({ ...ticket, issuedAt: callTime(i), issuedBy: 'officer', calls: 0 });
              return sequence;
            }),
          ),
        );
        expect(issued.filter((r) => r.isErr()).map((r) => JSON.stringify(r))).toEqual([]);
        const sequences = issued.map((r) => (r.isOk() ? r.value : 0)).sort((a, b) => a - b);
        expect(sequences).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      });
    },
    PROPERTY_TIMEOUT,
  );
}
