import { isValidLocalDate, localDateOf } from '@antrean/core';
import { ResultAsync } from 'neverthrow';
import { type DeskParts, officeOf, withStore } from '../desk-parts';
import { fail } from '../http/answers';
import type { DeskHono } from '../http/desk-env';
import { dayCsv } from '../views/day-csv';
import { dayView } from '../views/day-view';

/** `api/day`: the office's day (today by default) as JSON, or as CSV for supervisors. */
export function addDayRoutes(app: DeskHono, parts: DeskParts): void {
  app.get('/api/day', async (c) => {
    const { office, store } = officeOf(parts, c);
    const now = parts.clock.now();
    const date = c.req.query('date') ?? localDateOf(now, office.timeZone);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isValidLocalDate(date)) return fail(c, 400, 'InvalidDate');
    const csv = c.req.query('format') === 'csv';
    if (csv && c.get('session').user.role !== 'supervisor') return fail(c, 403, 'Forbidden');
    const both = ResultAsync.combine([store.listByDate(office.id, date), store.listTickets(office.id, date)]);
    return withStore(parts, c, both, ([bookings, tickets]) => {
      const view = dayView(office, date, bookings, tickets, now);
      if (!csv) return c.json(view);
      return c.body(dayCsv(view), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="antrean-${office.id.replace(/[^A-Za-z0-9-]/g, '')}-${date}.csv"`,
      });
    });
  });
}
