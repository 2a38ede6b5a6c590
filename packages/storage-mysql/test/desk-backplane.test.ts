import { deskBackplaneConformanceSuite } from '@antrean/testkit';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { suiteOptions } from './mysql-harness';
import { createTestDatabase, whenServer } from './test-database';

// On its own database; another pool on it stands for another replica. Watches poll MAX(id).
await whenServer(async (url) => {
  const db = await createTestDatabase(url, '_backplane');
  afterAll(() => db.drop());
  deskBackplaneConformanceSuite(
    { describe, it, expect, beforeEach, afterEach },
    suiteOptions(db, 'mysql', {}),
  );
});
