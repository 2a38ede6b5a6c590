import type {
  Booking,
  BookingStore,
  NewBooking,
  SessionSlot,
  StoreCapabilities,
  StoreError,
} from '@antrean/core';
import type { ResultAsync } from 'neverthrow';
import type { ConformanceTestApi, StoreConformanceOptions, StoreHarness } from './conformance-types';
import { type Fixtures, NOW, newBooking, reserveInput } from './fixtures';

/** The value of a store call; a `StoreError` fails the test with its message. */
export const settled = async <T>(call: ResultAsync<T, StoreError>): Promise<T> => {
  const result = await call;
  if (result.isErr()) throw new Error(`store error: ${result.error.message}`);
  return result.value;
};

/** Narrows a result union to one variant, failing the test with what came instead. */
export const as = <R extends { readonly type: string }, K extends R['type']>(
  result: R,
  type: K,
): Extract<R, { type: K }> => {
  if (result.type !== type) throw new Error(`expected ${type}, got ${JSON.stringify(result)}`);
  return result as Extract<R, { type: K }>;
};

/** The capabilities a store of `options` declares, read from one store made and disposed for it. */
export const readCapabilities = async (options: StoreConformanceOptions): Promise<StoreCapabilities> => {
  const probe = await options.create();
  try {
    return { ...probe.store.capabilities };
  } finally {
    await probe.dispose();
  }
};

/** A fresh harness per test, disposed after it, whatever the test did. */
export const useHarness = (
  api: ConformanceTestApi,
  options: StoreConformanceOptions,
): { harness: () => StoreHarness; replaceHarness: (next: StoreHarness) => void } => {
  let current: StoreHarness | undefined;
  api.beforeEach(async () => {
    current = await options.create();
  });
  api.afterEach(async () => {
    const done = current;
    current = undefined;
    await done?.dispose();
  });
  return {
    harness: () => {
      if (!current) throw new Error('no store: harness() is only available inside a test');
      return current;
    },
    replaceHarness: (next) => {
      current = next;
    },
  };
};

/** A note for a test's name when a capability it needs is absent, so skips explain themselves. */
export const skipNote = (skipped: boolean, reason: string): string =>
  skipped ? ` (skipped: ${reason})` : '';

/** A fresh booking of `f`'s office placed in the first of `candidates` with room at `at`; anything else fails the test. */
export const bookFresh = async (
  store: BookingStore,
  f: Fixtures,
  candidates: readonly SessionSlot[],
  at: Date = NOW,
): Promise<{ f: Fixtures; draft: NewBooking; booking: Booking }> => {
  const draft = newBooking(f);
  const result = await settled(store.reserve(reserveInput(draft, candidates, { now: at })));
  return { f, draft, booking: as(result, 'Reserved').booking };
};
