import type { DeskFeed } from '@antrean/core';
import type { Connection } from './connection';
import type { Read } from './desk-backplane';
import { type AuditRow, toAuditEntry } from './ticket-rows';

/** The default poll period of `watchDesk`: well inside the 1 s a display may lag. */
const DEFAULT_POLL_MS = 250;

const latestOfAll = (conn: Connection): number =>
  Number(conn.get<{ id: number | null }>('SELECT MAX(id) AS id FROM audit_log')?.id ?? 0);

/**
 * The desk feed over `audit_log`. A watch polls the table's highest id (one read of the primary
 * key's last page), so a row committed by any process on the file wakes it within `pollMs`;
 * it stops by itself once the store is closed.
 */
export const sqliteDeskFeed = (conn: Connection, read: Read, closed: () => boolean): DeskFeed => ({
  auditAfter: ({ officeId, afterId, limit }) =>
    read('auditAfter', () =>
      conn
        .all<AuditRow>(
          `SELECT id, office_id, at, officer, action, code, ticket, counter, detail FROM audit_log
           WHERE office_id = ? AND id > ? ORDER BY id LIMIT ?`,
          officeId,
          afterId,
          limit,
        )
        .map(toAuditEntry),
    ),
  latestAuditId: (officeId) =>
    read('latestAuditId', () =>
      Number(
        conn.get<{ id: number | null }>('SELECT MAX(id) AS id FROM audit_log WHERE office_id = ?', officeId)
          ?.id ?? 0,
      ),
    ),
  watchDesk: (listener, options) => {
    let seen: number | undefined;
    const poll = () => {
      if (closed()) return clearInterval(timer);
      try {
        const latest = latestOfAll(conn);
        if (seen !== undefined && latest !== seen) listener();
        seen = latest;
      } catch {
        // A busy or failing file: the next poll tries again, and readers catch up by id.
      }
    };
    const timer = setInterval(poll, options?.pollMs ?? DEFAULT_POLL_MS);
    // A watch must never keep a process alive on its own.
    timer.unref?.();
    poll();
    return () => clearInterval(timer);
  },
});
