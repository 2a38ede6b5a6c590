import { modelBookingStore, modelStore, primitivesConformanceSuite } from '@antrean/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// The model against itself: the suite's own plumbing (runs, snapshots, rollback probes) is sound.
primitivesConformanceSuite(
  { describe, it, expect, beforeEach, afterEach },
  {
    name: 'model',
    create: async () => {
      const store = modelBookingStore(modelStore());
      return { store, dispose: () => store.close() };
    },
  },
);
