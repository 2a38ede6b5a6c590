import type { AuditEntry, DeskFeed } from '@antrean/core';
import type { Run } from './desk-backplane';
import { copyOf } from './memory-state';

/** The default poll period of `watchDesk`: well inside the 1 s a display may lag. */
const DEFAULT_POLL_MS = 250;

/** The office's rows after `afterId`, oldest first: ids are the array's order, so a scan from the end stops early. */
const rowsAfter = (audit: readonly AuditEntry[], officeId: string, afterId: number, limit: number) => {
  const rows: AuditEntry[] = [];
  let start = audit.length;
  while (start > 0 && (audit[start - 1]?.id ?? 0) > afterId) start -= 1;
  for (let i = start; i < audit.length && rows.length < limit; i += 1) {
    const row = audit[i];
    if (row && row.officeId === officeId) rows.push(copyOf(row));
  }
  return rows;
};

/**
 * The desk feed over the memory store's audit array. One process holds all its rows, but a
 * listener is woken by polling the array's length rather than by a hook in the append, so the
 * writes stay the use cases' own.
 */
export const memoryDeskFeed = (audit: readonly AuditEntry[], run: Run): DeskFeed => ({
  auditAfter: ({ officeId, afterId, limit }) =>
    run('auditAfter', () => rowsAfter(audit, officeId, afterId, limit)),
  latestAuditId: (officeId) =>
    run('latestAuditId', () => audit.findLast((row) => row.officeId === officeId)?.id ?? 0),
  watchDesk: (listener, options) => {
    let seen = audit.length;
    const timer = setInterval(() => {
      if (audit.length === seen) return;
      seen = audit.length;
      listener();
    }, options?.pollMs ?? DEFAULT_POLL_MS);
    // A watch must never keep a process alive on its own.
    timer.unref?.();
    return () => clearInterval(timer);
  },
});
