import { type DeskParts, officeOf, withStore } from '../desk-parts';
import { fail } from '../http/answers';
import type { DeskHono } from '../http/desk-env';
import { auditJson } from '../views/audit-json';

/** Rows per page. */
export const AUDIT_PAGE = 200;

const DAY_MS = 86_400_000;

const instant = (text: string | undefined, fallback: Date): Date | undefined => {
  if (text === undefined || text === '') return fallback;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

/** `api/audit?from&to&before`: the office's audit rows, newest first (default the last 24 hours); supervisors only. */
export function addAuditRoutes(app: DeskHono, parts: DeskParts): void {
  app.get('/api/audit', async (c) => {
    if (c.get('session').user.role !== 'supervisor') return fail(c, 403, 'Forbidden');
    const now = parts.clock.now();
    const to = instant(c.req.query('to'), new Date(now.getTime() + 1));
    const from = instant(c.req.query('from'), new Date(now.getTime() - DAY_MS));
    const before = c.req.query('before');
    const beforeId = before === undefined ? undefined : Number(before);
    if (!from || !to || (beforeId !== undefined && !(Number.isInteger(beforeId) && beforeId > 0)))
      return fail(c, 400, 'BadRequest');
    const { office, store } = officeOf(parts, c);
    const query = {
      officeId: office.id,
      from,
      to,
      limit: AUDIT_PAGE,
      ...(beforeId === undefined ? {} : { beforeId }),
    };
    return withStore(parts, c, store.listAudit(query), (entries) =>
      c.json({ entries: entries.map(auditJson) }),
    );
  });
}
