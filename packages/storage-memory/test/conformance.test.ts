import { storeConformanceSuite } from '@antrean/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryHarness } from './memory-harness';

storeConformanceSuite(
  { describe, it, expect, beforeEach, afterEach },
  { name: 'memory', create: createMemoryHarness },
);
