import { storeConformanceSuite } from '@antrean/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { betterSqlite3, openLibsql, sqliteHarnesses } from './sqlite-harness';

const api = { describe, it, expect, beforeEach, afterEach };

storeConformanceSuite(api, { name: 'sqlite (libsql)', ...sqliteHarnesses(openLibsql) });
// Group commit is the default; the suite also runs with one transaction per write.
storeConformanceSuite(api, {
  name: 'sqlite (libsql, groupCommit: false)',
  ...sqliteHarnesses(openLibsql, { groupCommit: false }),
});

if (betterSqlite3) {
  storeConformanceSuite(api, { name: 'sqlite (better-sqlite3)', ...sqliteHarnesses(betterSqlite3) });
} else {
  // Reported as skipped, not silently absent: better-sqlite3 needs a compiler, so it is optional.
  it.skip('sqlite (better-sqlite3): BookingStore conformance — better-sqlite3 not installed: install with npm_config_nodedir=/usr pnpm add -D better-sqlite3@12.11.1', () => {});
}
