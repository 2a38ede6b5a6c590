import type { DeskParts } from '../desk-parts';
import type { DeskHono } from '../http/desk-env';
import { notFound } from '../http/not-found';

/**
 * `display/:officeId/office` (public, like the display): the office's time zone, so the
 * waiting-room clock shows the office's time whatever zone the screen's device is set to.
 */
export function addDisplayOfficeRoute(app: DeskHono, parts: DeskParts): void {
  app.get('/display/:officeId/office', (c) => {
    const entry = parts.offices.get(c.req.param('officeId'));
    if (!entry) return notFound(c);
    c.header('cache-control', 'no-cache');
    return c.json({ id: entry.office.id, timeZone: entry.office.timeZone });
  });
}
