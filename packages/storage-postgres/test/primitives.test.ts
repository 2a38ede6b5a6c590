import type { PostgresStoreOptions } from '@antrean/storage-postgres';
import { primitivesConformanceSuite, transactingHarness } from '@antrean/testkit';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHarness } from './postgres-harness';
import { openTestDatabase } from './test-database';

const db = await openTestDatabase();
// Dropping a schema per run takes longer than a hook's default 10 s.
afterAll(() => db.close(), 120_000);

/**
 * Each primitive of the store's transaction against the testkit's model. Every run gets its own
 * schema (the suite compares whole tables with the model's); PGlite, one connection at a time,
 * gets fewer runs than a server.
 */
const primitives = (name: string, options: Omit<PostgresStoreOptions, 'schema'>) =>
  primitivesConformanceSuite(
    { describe, it, expect, beforeEach, afterEach },
    {
      name,
      runs: db.engine === 'pglite' ? 8 : 20,
      create: async () => transactingHarness(await openHarness(db, db.freshSchema('_primitives'), options)),
    },
  );

// Group commit is the default; the suite runs with it, and once more with a transaction per write.
primitives('postgres (group commit)', {});
primitives('postgres (a transaction per write)', { groupCommit: false });
