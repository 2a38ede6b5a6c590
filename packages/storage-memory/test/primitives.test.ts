import { primitivesConformanceSuite, transactingHarness } from '@antrean/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryHarness } from './memory-harness';

// Each primitive of the store's transaction against the testkit's model.
primitivesConformanceSuite(
  { describe, it, expect, beforeEach, afterEach },
  { name: 'memory', create: async () => transactingHarness(await createMemoryHarness()) },
);
