import type { WorkLeases } from '@antrean/core';
import type { BackplaneTables } from './backplane-schema';
import type { Run } from './desk-backplane';

/**
 * Work leases in `work_leases`. Taking one is one upsert whose update applies only when the row
 * is the caller's or ended at or before `now`: PostgreSQL locks the row and checks the condition
 * on its latest version, so of replicas asking at once exactly one gets a row back.
 */
export const postgresLeases = (b: BackplaneTables, run: Run): WorkLeases => ({
  acquireLease: ({ name, holder, now, until }) =>
    run('acquireLease', async (c) => {
      const taken = await c.query(
        `INSERT INTO ${b.leases} AS l (name, holder, until) VALUES ($1, $2, $3::timestamptz)
         ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, until = EXCLUDED.until
         WHERE l.holder = EXCLUDED.holder OR l.until <= $4::timestamptz
         RETURNING holder`,
        [name, holder, until.toISOString(), now.toISOString()],
      );
      return taken.rows.length === 1;
    }),
  releaseLease: ({ name, holder }) =>
    run('releaseLease', async (c) => {
      await c.query(`DELETE FROM ${b.leases} WHERE name = $1 AND holder = $2`, [name, holder]);
    }),
});
