import type { BookingStore } from '@antrean/core';
import type { StoreHarness } from '../conformance-types';

/** A store under the primitives' suite: one that runs the core's use cases through `transact`. */
export interface PrimitivesHarness {
  readonly store: BookingStore;
  dispose(): Promise<void>;
}

/** How the primitives' suite gets stores of one adapter. */
export interface PrimitivesConformanceOptions {
  /** Shown in the suite's title, e.g. `sqlite`. */
  readonly name: string;
  /**
   * A fresh, empty store (its own file or schema) per call: the suite compares whole tables with
   * the model's, so rows of an earlier run would show as differences.
   */
  create(): Promise<PrimitivesHarness>;
  /** Random runs per property (default 20): fewer for a slow engine, more for a soak. */
  readonly runs?: number;
}

/**
 * The storage suite's harness as one the primitives' suite takes: its store must expose
 * `transact`. A store that does not yet fails here with its name, not with a type error later.
 */
export const transactingHarness = (harness: StoreHarness): PrimitivesHarness => {
  const { store } = harness;
  if (!('transact' in store) || typeof store.transact !== 'function') {
    throw new Error(
      'the store does not expose transact (the core Transactor): it cannot run the primitives suite',
    );
  }
  return { store: store as BookingStore, dispose: harness.dispose };
};
