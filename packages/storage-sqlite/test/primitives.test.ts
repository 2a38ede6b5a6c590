import { primitivesConformanceSuite, transactingHarness } from '@antrean/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibsql, sqliteHarnesses } from './sqlite-harness';

const api = { describe, it, expect, beforeEach, afterEach };

// Each primitive of the store's transaction against the testkit's model, a new file per run:
// with group commit (the default), and with one transaction per write.
const primitives = (name: string, harnesses: ReturnType<typeof sqliteHarnesses>) =>
  primitivesConformanceSuite(api, { name, create: async () => transactingHarness(await harnesses.create()) });

primitives('sqlite (libsql)', sqliteHarnesses(openLibsql));
primitives('sqlite (libsql, groupCommit: false)', sqliteHarnesses(openLibsql, { groupCommit: false }));
