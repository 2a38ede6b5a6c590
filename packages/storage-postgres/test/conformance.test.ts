import type { PostgresStoreOptions } from '@antrean/storage-postgres';
import { storeConformanceSuite } from '@antrean/testkit';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { suiteOptions } from './postgres-harness';
import { openTestDatabase } from './test-database';

const db = await openTestDatabase();
afterAll(() => db.close());

/** The whole suite on one schema, with the store configured by `options`. */
const conformance = (name: string, schema: string, options: Omit<PostgresStoreOptions, 'schema'>) =>
  storeConformanceSuite(
    { describe, it, expect, beforeEach, afterEach },
    suiteOptions(db, name, schema, options),
  );

// Group commit is the default; the suite runs with it, and once more with a transaction per write.
conformance('postgres (group commit)', db.schema, {});
conformance('postgres (a transaction per write)', db.freshSchema('_unbatched'), { groupCommit: false });
