import type { LedgerPrimitives, LocalDate, QueueTicket } from '@antrean/core';
import { ConcurrentChange } from '@antrean/core';
import { codeKeyOf, copyOf, dayKeyOf } from './memory-state';
import type { MemoryState } from './memory-tables';
import { setEntry, type UndoLog } from './undo-log';

/** The primitives of the desk: queue tickets and the audit trail. */
export type TicketPrimitives = Pick<
  LedgerPrimitives,
  'lockDay' | 'dayTickets' | 'ticketOfCode' | 'nextSequence' | 'insertTicket' | 'updateTicket' | 'appendAudit'
>;

/** The tickets of an office day, in issue order (the stored array: callers copy what they hand out). */
const dayOf = (state: MemoryState, officeId: string, date: LocalDate): readonly QueueTicket[] =>
  state.tickets.get(dayKeyOf(officeId, date)) ?? [];

/** The ticket a booking got at check-in, if any, as stored. */
export const ticketOfCodeIn = (
  state: MemoryState,
  officeId: string,
  code: string,
): QueueTicket | undefined => {
  const day = state.dayOfCode.get(codeKeyOf(officeId, code));
  return day === undefined ? undefined : state.tickets.get(day)?.find((ticket) => ticket.code === code);
};

/** Every ticket of the office day, in issue order, as copies. */
export const listTicketsIn = (
  state: MemoryState,
  officeId: string,
  date: LocalDate,
): readonly QueueTicket[] => dayOf(state, officeId, date).map(copyOf);

/** The desk primitives over the state, each write recording its undo step. */
export const ticketPrimitives = (state: MemoryState, undo: UndoLog): TicketPrimitives => ({
  // Transactions run one at a time, so a day needs no lock of its own.
  lockDay: async () => undefined,
  dayTickets: async (officeId, date) => listTicketsIn(state, officeId, date),
  ticketOfCode: async (officeId, code) => {
    const ticket = ticketOfCodeIn(state, officeId, code);
    return ticket && copyOf(ticket);
  },
  nextSequence: async (officeId, date, series) =>
    Math.max(
      0,
      ...dayOf(state, officeId, date)
        .filter((ticket) => ticket.series === series)
        .map((ticket) => ticket.sequence),
    ) + 1,
  insertTicket: async (ticket) => {
    const day = dayOf(state, ticket.officeId, ticket.date);
    // The number is unique per office day: a duplicate is the engines' conflict, run again.
    if (day.some((t) => t.number === ticket.number))
      throw new ConcurrentChange(`ticket ${ticket.number} exists`);
    setEntry(undo, state.tickets, dayKeyOf(ticket.officeId, ticket.date), [...day, copyOf(ticket)]);
    if (ticket.code !== undefined) {
      const key = codeKeyOf(ticket.officeId, ticket.code);
      setEntry(undo, state.dayOfCode, key, dayKeyOf(ticket.officeId, ticket.date));
    }
  },
  updateTicket: async (ticket, expect) => {
    const day = dayOf(state, ticket.officeId, ticket.date);
    const index = day.findIndex((t) => t.number === ticket.number);
    if (day[index]?.status !== expect) return false;
    const changed = day.map((t, i) => (i === index ? copyOf(ticket) : t));
    setEntry(undo, state.tickets, dayKeyOf(ticket.officeId, ticket.date), changed);
    return true;
  },
  appendAudit: async (entry) => {
    state.audit.push({ id: state.audit.length + 1, ...copyOf(entry) });
    undo.push(() => state.audit.pop());
  },
});
