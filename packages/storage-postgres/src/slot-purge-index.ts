import type { Migration } from './migrations';

/**
 * Migration 6: purge deletes empty session counters by start time, which scanned the whole
 * `slots` table (one row per session ever opened). The index is on `starts_at` alone, not on
 * `held`: an index touching `held` would stop the counter's many updates from being HOT.
 * (Version 5 is the counter desk's tables.)
 */
export const slotPurgeIndex: Migration = {
  version: 6,
  name: 'slot counters indexed by session start, for purge',
  statements: (t) => [`CREATE INDEX IF NOT EXISTS slots_by_start ON ${t.slots} (starts_at)`],
};
