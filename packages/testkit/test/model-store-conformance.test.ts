import { storeConformanceSuite } from '@antrean/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createModelHarness } from './support/model-harness';

// A store written from the primitives alone (the model's transaction, the core's use cases, plain
// reads and an outbox over the same rows) passes the whole storage suite: nothing more is needed.
storeConformanceSuite(
  { describe, it, expect, beforeEach, afterEach },
  { name: 'model', create: createModelHarness },
);
