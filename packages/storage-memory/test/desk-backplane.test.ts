import { deskBackplaneConformanceSuite } from '@antrean/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryHarness } from './memory-harness';

// One process holds the rows: the several-processes and reopen tests are reported as skipped.
deskBackplaneConformanceSuite(
  { describe, it, expect, beforeEach, afterEach },
  { name: 'memory', create: createMemoryHarness },
);
