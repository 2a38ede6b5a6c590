import { storeConformanceSuite } from '@antrean/testkit';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { suiteOptions } from './mysql-harness';
import { createTestDatabase, whenServer } from './test-database';

await whenServer(async (url) => {
  // Group commit is the default; the suite runs with it, and once more with a transaction per write.
  const grouped = await createTestDatabase(url, '_grouped');
  const unbatched = await createTestDatabase(url, '_unbatched');
  afterAll(async () => {
    await grouped.drop();
    await unbatched.drop();
  });
  const api = { describe, it, expect, beforeEach, afterEach };
  storeConformanceSuite(api, suiteOptions(grouped, 'mysql (group commit)', {}));
  storeConformanceSuite(
    api,
    suiteOptions(unbatched, 'mysql (a transaction per write)', { groupCommit: false }),
  );
});
