import type { MysqlStoreOptions } from '@antrean/storage-mysql';
import { primitivesConformanceSuite } from '@antrean/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHarness } from './mysql-harness';
import { createTestDatabase, whenServer } from './test-database';

/**
 * Each primitive of the store's transaction against the testkit's model. Every run gets its own
 * database (the suite compares whole tables with the model's), dropped when the run is disposed.
 */
await whenServer((url) => {
  const primitives = (name: string, options: MysqlStoreOptions) =>
    primitivesConformanceSuite(
      { describe, it, expect, beforeEach, afterEach },
      {
        name,
        runs: 10,
        create: async () => {
          const db = await createTestDatabase(url, '_primitives');
          const harness = await openHarness(db, options);
          return {
            store: harness.store,
            dispose: async () => {
              await harness.dispose();
              await db.drop();
            },
          };
        },
      },
    );
  // Group commit is the default; the suite runs with it, and once more with a transaction per write.
  primitives('mysql (group commit)', {});
  primitives('mysql (a transaction per write)', { groupCommit: false });
});
