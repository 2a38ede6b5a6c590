import { type PrimitivesConformanceOptions, primitivesConformanceSuite } from '@antrean/testkit';
import { describe, expect, it } from 'vitest';
import {
  ignoresCapacity,
  ignoresFrom,
  keepsRefusedBookings,
  keepsRejectedWork,
  repeatsSequence,
} from './support/broken-primitives';
import { named, type Outcome, runDeclared } from './support/recording-api';

const RANDOM_RUNS =
  'property: random transactions of primitive calls return what the model returns and leave its rows';
const ROLLBACK = 'property: a transaction whose work rejects leaves no trace, whatever it wrote';
const CAPACITY = 'property: concurrent transactions never take more places than the capacity, and fill it';
const NUMBERS =
  'concurrent transactions that lock the day get numbers 1..n of their series, no gap, no repeat';

const outcomesWith = (create: PrimitivesConformanceOptions['create']): Promise<Outcome[]> =>
  runDeclared((api) => primitivesConformanceSuite(api, { name: 'broken', create }));

const failedWith = async (create: PrimitivesConformanceOptions['create']) =>
  named(await outcomesWith(create), 'failed');

/** The error of the model runs' property: it names the transaction whose calls differed. */
const modelRunError = async (create: PrimitivesConformanceOptions['create']) =>
  (await outcomesWith(create)).find((o) => o.name.endsWith(RANDOM_RUNS))?.error ?? '';

// The primitives' suite is only worth something if it fails for stores whose primitives are wrong.
// Each broken store is the model with one primitive (or its transaction) broken on purpose.
describe('the store primitives conformance suite', () => {
  it('fails a store whose takePlace ignores capacity, in the model runs and the race', async () => {
    expect(await failedWith(ignoresCapacity)).toEqual(expect.arrayContaining([RANDOM_RUNS, CAPACITY]));
  });

  it('fails a store whose changeStatus ignores `from`, naming the transaction that changed', async () => {
    expect(await modelRunError(ignoresFrom)).toContain('(changeStatus):');
  });

  it('fails a store whose writeBooking keeps the booking when it reports the binding refused', async () => {
    expect(await modelRunError(keepsRefusedBookings)).toContain('(book):');
  });

  it('fails a store whose nextSequence repeats a number', async () => {
    expect(await failedWith(repeatsSequence)).toEqual(expect.arrayContaining([RANDOM_RUNS, NUMBERS]));
  });

  it('fails a store whose transaction keeps the writes of a rejected work', async () => {
    expect(await failedWith(keepsRejectedWork)).toEqual(expect.arrayContaining([RANDOM_RUNS, ROLLBACK]));
  });
});
