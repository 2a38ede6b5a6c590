import { csvText } from './csv';
import type { DayView } from './day-view';

const HEADER = [
  'date',
  'session',
  'code',
  'name',
  'birth_date',
  'application_type',
  'state',
  'ticket',
  'ticket_status',
  'counter',
  'reason',
];

/** The day view as CSV: one row per booking, then one per walk-in, under a header row. */
export function dayCsv(view: DayView): string {
  const rows: Array<Array<string | number | undefined>> = [HEADER];
  for (const session of view.sessions)
    for (const b of session.bookings)
      rows.push([
        view.date,
        `${session.start}-${session.end}`,
        b.code,
        b.name,
        b.birthDate,
        b.applicationType,
        b.state,
        b.ticket?.number,
        b.ticket?.status,
        b.ticket?.counter,
        undefined,
      ]);
  for (const w of view.walkIns)
    rows.push([view.date, '', '', '', '', 'walk_in', '', w.number, w.status, w.counter, w.reason]);
  return csvText(rows);
}
