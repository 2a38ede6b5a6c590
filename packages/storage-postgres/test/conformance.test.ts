import type { PostgresStoreOptions } from '@antrean/storage-postgres';
import { storeConformanceSuite } from '@antrean/testkit';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshHarness, openHarness } from './postgres-harness';
import { openTestDatabase } from './test-database';

const db = await openTestDatabase();
afterAll(() => db.close());

/** The whole suite on one schema, with the store configured by `options`. */
const conformance = (name: string, schema: string, options: Omit<PostgresStoreOptions, 'schema'>) =>
  storeConformanceSuite(
    { describe, it, expect, beforeEach, afterEach },
    {
      name,
      create: () => freshHarness(db, schema, options),
      // A new pool and store on the same schema: what a restarted process would open.
      reopen: async (harness) => {
        await harness.dispose();
        return openHarness(db, schema, options);
      },
      // Another pool and store on the same schema while the first stays open: a second replica.
      connectAnother: () => openHarness(db, schema, options),
    },
  );

// Group commit is the default; the suite runs with it, and once more with a transaction per write.
conformance('postgres (group commit)', db.schema, {});
conformance('postgres (a transaction per write)', db.freshSchema('_unbatched'), { groupCommit: false });
