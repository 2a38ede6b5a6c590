import type { DeskFeed } from '@antrean/core';
import type { Run } from './desk-backplane';
import type { deskWatches } from './desk-watch';
import type { Tables } from './tables';
import { AUDIT_COLUMNS, auditOf } from './ticket-rows';

/** The default poll period of `watchDesk` where LISTEN does not deliver: well inside 1 s. */
const DEFAULT_POLL_MS = 250;

/** The desk feed over `audit_log`, its watches woken by LISTEN/NOTIFY or polling (`desk-watch.ts`). */
export const postgresDeskFeed = (t: Tables, run: Run, watches: ReturnType<typeof deskWatches>): DeskFeed => ({
  auditAfter: ({ officeId, afterId, limit }) =>
    run('auditAfter', async (c) => {
      const found = await c.query(
        `SELECT ${AUDIT_COLUMNS} FROM ${t.audit} WHERE office_id = $1 AND id > $2::bigint ORDER BY id LIMIT $3`,
        [officeId, afterId, Math.max(0, Math.floor(limit))],
      );
      return found.rows.map(auditOf);
    }),
  latestAuditId: (officeId) =>
    run('latestAuditId', async (c) => {
      const found = await c.query(`SELECT max(id) AS id FROM ${t.audit} WHERE office_id = $1`, [officeId]);
      return Number(found.rows[0]?.id ?? 0);
    }),
  watchDesk: (listener, options) => watches.watch(listener, options?.pollMs ?? DEFAULT_POLL_MS),
});
