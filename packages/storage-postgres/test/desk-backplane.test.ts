import { deskBackplaneConformanceSuite } from '@antrean/testkit';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { suiteOptions } from './postgres-harness';
import { openTestDatabase } from './test-database';

const db = await openTestDatabase();
afterAll(() => db.close());

// On its own schema; another pool on it stands for another replica. On PGlite the watches poll
// (pglite-socket does not deliver notifications), on a server they are woken by LISTEN/NOTIFY.
deskBackplaneConformanceSuite(
  { describe, it, expect, beforeEach, afterEach },
  suiteOptions(db, `postgres (${db.engine})`, db.freshSchema('_backplane'), {}),
);
