import type { WorkLeases } from '@antrean/core';
import type { Connection } from './connection';
import type { Read } from './desk-backplane';

/**
 * Work leases in `work_leases`. Taking one is a single upsert inside the store's `BEGIN
 * IMMEDIATE` write: it inserts, or updates only when the row is the caller's or its `until` is at
 * or before `now`, so of two processes asking at once exactly one changes the row.
 */
export const sqliteLeases = (conn: Connection, write: Read): WorkLeases => ({
  acquireLease: ({ name, holder, now, until }) =>
    write(
      'acquireLease',
      () =>
        conn.run(
          `INSERT INTO work_leases (name, holder, until) VALUES (?, ?, ?)
           ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, until = excluded.until
           WHERE work_leases.holder = excluded.holder OR work_leases.until <= ?`,
          name,
          holder,
          until.getTime(),
          now.getTime(),
        ) > 0,
    ),
  releaseLease: ({ name, holder }) =>
    write('releaseLease', () => {
      conn.run('DELETE FROM work_leases WHERE name = ? AND holder = ?', name, holder);
    }),
});
