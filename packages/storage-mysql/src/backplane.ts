import type { DeskBackplane, StoreError } from '@antrean/core';
import type { ResultAsync } from 'neverthrow';
import { type ConnectionLike, rowsOf } from './pool-like';
import { rowLimit } from './rows';
import { AUDIT_COLUMNS, auditOf } from './ticket-rows';
import { deskWatches } from './watch-desk';

/** Runs one operation of the store in a transaction on a pooled connection, a throw as a `StoreError`. */
export type Run = <T>(
  operation: string,
  work: (conn: ConnectionLike) => Promise<T>,
) => ResultAsync<T, StoreError>;

/** The default poll period of `watchDesk`: well inside 1 s. */
const DEFAULT_POLL_MS = 250;

const maxId = async (conn: ConnectionLike, officeId?: string): Promise<number> => {
  const sql =
    officeId === undefined
      ? 'SELECT MAX(id) AS id FROM audit_log'
      : 'SELECT MAX(id) AS id FROM audit_log WHERE office_id = ?';
  const [row] = await rowsOf(conn.query(sql, officeId === undefined ? [] : [officeId]));
  return Number(row?.id ?? 0);
};

/**
 * The desk backplane: the feed read by id, watches polling MAX(id) (MySQL has no LISTEN),
 * revocations kept with their latest instant, and leases as one atomic upsert. `stop` ends the
 * watches as the store closes.
 */
export const mysqlDeskBackplane = (run: Run, closed: () => boolean) => {
  const watches = deskWatches(() => run('watchDesk', (c) => maxId(c)), closed);
  const members: DeskBackplane = {
    auditAfter: ({ officeId, afterId, limit }) =>
      run('auditAfter', async (c) =>
        (
          await rowsOf(
            c.query(
              `SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE office_id = ? AND id > ? ORDER BY id LIMIT ?`,
              [officeId, afterId, rowLimit(limit)],
            ),
          )
        ).map(auditOf),
      ),
    latestAuditId: (officeId) => run('latestAuditId', (c) => maxId(c, officeId)),
    watchDesk: (listener, options) => watches.watch(listener, options?.pollMs ?? DEFAULT_POLL_MS),
    revokeSession: ({ sessionId, expiresAt }) =>
      run('revokeSession', async (c) => {
        await c.query(
          `INSERT INTO revoked_sessions (session_id, expires_at) VALUES (?, ?)
           ON DUPLICATE KEY UPDATE expires_at = GREATEST(expires_at, VALUES(expires_at))`,
          [sessionId, expiresAt.getTime()],
        );
      }),
    // GREATEST keeps the latest instant whichever revocation commits last.
    revokeUserSessions: ({ userName, before }) =>
      run('revokeUserSessions', async (c) => {
        await c.query(
          `INSERT INTO revoked_users (user_name, revoked_before) VALUES (?, ?)
           ON DUPLICATE KEY UPDATE revoked_before = GREATEST(revoked_before, VALUES(revoked_before))`,
          [userName, before.getTime()],
        );
      }),
    isSessionRevoked: ({ sessionId, userName, issuedAt }) =>
      run('isSessionRevoked', async (c) => {
        const [row] = await rowsOf(
          c.query(
            `SELECT EXISTS (SELECT 1 FROM revoked_sessions WHERE session_id = ?)
               OR EXISTS (SELECT 1 FROM revoked_users WHERE user_name = ? AND revoked_before >= ?) AS revoked`,
            [sessionId, userName, issuedAt.getTime()],
          ),
        );
        return Number(row?.revoked) === 1;
      }),
    // One upsert: InnoDB locks the row, the holder is replaced only when it is the caller or its
    // lease ended, and `until` moves only if the holder is now the caller (assignments run left
    // to right). The row stays locked to this transaction, so reading it back is exact.
    acquireLease: ({ name, holder, now, until }) =>
      run('acquireLease', async (c) => {
        await c.query(
          `INSERT INTO work_leases (name, holder, until) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE
             holder = IF(holder = VALUES(holder) OR until <= ?, VALUES(holder), holder),
             until = IF(holder = VALUES(holder), VALUES(until), until)`,
          [name, holder, until.getTime(), now.getTime()],
        );
        const [row] = await rowsOf(c.query('SELECT holder FROM work_leases WHERE name = ?', [name]));
        return row !== undefined && String(row.holder) === holder;
      }),
    releaseLease: ({ name, holder }) =>
      run('releaseLease', async (c) => {
        await c.query('DELETE FROM work_leases WHERE name = ? AND holder = ?', [name, holder]);
      }),
  };
  return { members, stop: watches.stopAll };
};
