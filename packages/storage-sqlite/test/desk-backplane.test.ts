import { deskBackplaneConformanceSuite } from '@antrean/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLibsql, sqliteHarnesses } from './sqlite-harness';

const api = { describe, it, expect, beforeEach, afterEach };

// Two stores on one file (connectAnother) stand for two processes; reopen for a restart.
deskBackplaneConformanceSuite(api, { name: 'sqlite (libsql)', ...sqliteHarnesses(openLibsql) });
deskBackplaneConformanceSuite(api, {
  name: 'sqlite (libsql, groupCommit: false)',
  ...sqliteHarnesses(openLibsql, { groupCommit: false }),
});
