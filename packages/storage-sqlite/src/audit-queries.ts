import type { AuditEntry, AuditQuery } from '@antrean/core';
import type { Connection } from './connection';
import { type AuditRow, toAuditEntry } from './ticket-rows';

/** The office's audit rows in [from, to) below `beforeId`, newest first, at most `limit`. */
export const listAuditIn = (conn: Connection, query: AuditQuery): readonly AuditEntry[] =>
  conn
    .all<AuditRow>(
      `SELECT id, office_id, at, officer, action, code, ticket, counter, detail FROM audit_log
       WHERE office_id = ? AND at >= ? AND at < ? AND id < ?
       ORDER BY id DESC LIMIT ?`,
      query.officeId,
      query.from.getTime(),
      query.to.getTime(),
      query.beforeId ?? Number.MAX_SAFE_INTEGER,
      Math.max(0, Math.floor(query.limit)),
    )
    .map(toAuditEntry);
