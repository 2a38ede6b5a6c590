/**
 * The store primitives' conformance suite: each primitive of a store's `transact` against the
 * reference model (`modelStore`). Random transactions of primitive calls must return what the
 * model returns and leave the model's rows; a transaction whose work rejects leaves nothing;
 * concurrent transactions never take more places than a session has, nor issue a number twice.
 */

import fc from 'fast-check';
import type { ConformanceTestApi } from '../conformance-types';
import { commandArb, runArb } from './commands';
import { modelBookingStore } from './model-booking-store';
import { play } from './play';
import { raceTests, type WithStore } from './races';
import { snapshotOf } from './snapshot';
import type { PrimitivesConformanceOptions } from './suite-types';
import { universe } from './universe';

const PROPERTY_TIMEOUT = 300_000;

/** Declares the primitives' suite for one adapter. `create` gives a fresh, empty store per call. */
export function primitivesConformanceSuite(
  api: ConformanceTestApi,
  options: PrimitivesConformanceOptions,
): void {
  const { describe, it, expect } = api;
  const numRuns = options.runs ?? 20;
  const withStore: WithStore = async (test) => {
    const h = await options.create();
    try {
      await test(h);
    } finally {
      await h.dispose();
    }
  };

  describe(`${options.name}: store primitives conformance`, () => {
    it(
      'property: random transactions of primitive calls return what the model returns and leave its rows',
      async () => {
        await fc.assert(
          fc.asyncProperty(runArb, (plans) =>
            withStore(async ({ store }) => {
              const u = universe();
              const model = modelBookingStore();
              const expected = await play(model, u, plans);
              const actual = await play(store, u, plans);
              for (const [i, want] of expected.entries()) {
                // Call by call first, so a failure names the primitive's call that differed.
                for (const [j, cmd] of plans[i]!.commands.entries())
                  expect(
                    actual[i]?.seen[j],
                    `transaction ${i}, call ${j} (${cmd.kind}): ${JSON.stringify(cmd)}`,
                  ).toEqual(want.seen[j]);
                expect(actual[i], `transaction ${i}: ${JSON.stringify(plans[i])}`).toEqual(want);
              }
              expect(await snapshotOf(store, u), 'the rows after the run').toEqual(
                await snapshotOf(model, u),
              );
            }),
          ),
          { numRuns },
        );
      },
      PROPERTY_TIMEOUT,
    );

    it(
      'property: a transaction whose work rejects leaves no trace, whatever it wrote',
      async () => {
        const doomedArb = fc.array(commandArb, { minLength: 1, maxLength: 6 });
        await fc.assert(
          fc.asyncProperty(runArb, doomedArb, (setup, doomed) =>
            withStore(async ({ store }) => {
              const u = universe();
              const position = { calls: 0, books: 0 };
              await play(store, u, setup, position);
              const before = await snapshotOf(store, u);
              const [ended] = await play(store, u, [{ commands: doomed, rejects: true }], position);
              expect(ended?.committed, 'a rejected work came back ok').toBe(false);
              expect(await snapshotOf(store, u), 'the rows after a rejected transaction').toEqual(before);
            }),
          ),
          { numRuns },
        );
      },
      PROPERTY_TIMEOUT,
    );

    raceTests(api, withStore, numRuns);
  });
}
