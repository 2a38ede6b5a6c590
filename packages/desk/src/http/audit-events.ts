import {
  type AuditAction,
  type AuditEntry,
  type LocalDate,
  localDateOf,
  type QueueTicket,
  type StoreError,
} from '@antrean/core';
import { okAsync, ResultAsync } from 'neverthrow';
import type { DeskOffice } from '../desk-options';
import type { TicketChange, TicketEvent } from './ticket-hub';

/** The ticket change each audited action is. */
const CHANGE: Readonly<Record<AuditAction, TicketChange>> = {
  check_in: 'issued',
  walk_in: 'issued',
  call: 'called',
  recall: 'recalled',
  served: 'served',
  absent: 'absent',
};

/**
 * The ticket as the row left it: the store gives its state now, which a later action (read in the
 * same batch) may have moved on, so a call's event still says `called` at the row's counter.
 */
const asOfRow = (ticket: QueueTicket, row: AuditEntry, change: TicketChange): QueueTicket => {
  if (change === 'issued') return ticket;
  const status = change === 'served' || change === 'absent' ? change : 'called';
  return { ...ticket, status, ...(row.counter === undefined ? {} : { counter: row.counter }) };
};

/**
 * The desk events of an office's audit rows, in the rows' order: each row's ticket is read from the
 * day's tickets (the office-local date of the row), once per date in the batch. A row without a
 * ticket number, or whose ticket is gone (purged), gives no event.
 */
export function eventsOfRows(
  entry: DeskOffice,
  rows: readonly AuditEntry[],
): ResultAsync<readonly TicketEvent[], StoreError> {
  const { office, store } = entry;
  const dateOf = (row: AuditEntry): LocalDate => localDateOf(row.at, office.timeZone);
  const dates = [...new Set(rows.filter((row) => row.ticket !== undefined).map(dateOf))];
  if (dates.length === 0) return okAsync([]);
  return ResultAsync.combine(
    dates.map((date) =>
      store
        .listTickets(office.id, date)
        .map((tickets) => [date, new Map(tickets.map((t) => [t.number, t]))] as const),
    ),
  ).map((days) => {
    const byDate = new Map(days);
    return rows.flatMap((row): TicketEvent[] => {
      const ticket = row.ticket === undefined ? undefined : byDate.get(dateOf(row))?.get(row.ticket);
      if (ticket === undefined) return [];
      const change = CHANGE[row.action];
      return [{ officeId: office.id, change, ticket: asOfRow(ticket, row, change) }];
    });
  });
}
