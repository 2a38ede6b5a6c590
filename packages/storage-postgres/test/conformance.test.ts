import { storeConformanceSuite } from '@antrean/testkit';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshHarness, openHarness } from './postgres-harness';
import { openTestDatabase } from './test-database';

const db = await openTestDatabase();
afterAll(() => db.close());

storeConformanceSuite(
  { describe, it, expect, beforeEach, afterEach },
  {
    name: 'postgres',
    create: () => freshHarness(db, db.schema),
    // A new pool and store on the same schema: what a restarted process would open.
    reopen: async (harness) => {
      await harness.dispose();
      return openHarness(db, db.schema);
    },
    // Another pool and store on the same schema while the first stays open: a second replica.
    connectAnother: () => openHarness(db, db.schema),
  },
);
