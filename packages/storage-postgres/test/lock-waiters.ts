import { waitUntil } from '@antrean/testkit';
import type pg from 'pg';

/**
 * Waits until some backend is blocked on a lock (a row, or an advisory lock) while running a
 * statement on `schema`: the competitor a race test started is now waiting for what our paused
 * transaction holds, so it will see our commit. Each run's schema is its own, so another test
 * file's waits never count. Also ends when `settled()` turns true (the competitor finished without
 * waiting), for tests that check it did not. Needs a real server (PGlite has no pg_stat_activity
 * of other connections).
 */
export async function blockedOnLock(
  pool: pg.Pool,
  schema: string,
  what: string,
  settled: () => boolean = () => false,
): Promise<void> {
  await waitUntil(`${what} to wait on a lock we hold`, async () => {
    if (settled()) return true;
    const { rows } = await pool.query(
      `SELECT count(*)::int AS waiting FROM pg_stat_activity
       WHERE wait_event_type = 'Lock' AND position($1 in query) > 0`,
      [schema],
    );
    return rows[0]?.waiting > 0 || 'no backend waits on a lock yet';
  });
}
