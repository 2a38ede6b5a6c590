import { type AuditEntry, type AuditFacts, auditRecord, type QueueTicket } from '@antrean/core';
import { dayKeyOf } from './memory-state';

/** The desk's rows: queue tickets per office day and the append-only audit trail. */
export interface CounterState {
  /** Tickets by `dayKeyOf`, in issue order. Never deleted, so sequences have no gaps. */
  readonly tickets: Map<string, QueueTicket[]>;
  /** The day key of a booking's ticket, by `codeKeyOf`. */
  readonly dayOfCode: Map<string, string>;
  /** Every audit row, oldest first; only ever appended to. */
  readonly audit: AuditEntry[];
}

/** The map key of an office's booking code. */
export const codeKeyOf = (officeId: string, code: string): string => JSON.stringify([officeId, code]);

/** An empty desk state. */
export const createCounterState = (): CounterState => ({
  tickets: new Map(),
  dayOfCode: new Map(),
  audit: [],
});

/** The tickets of an office day, in issue order (the live array: callers copy what they hand out). */
export const dayTickets = (state: CounterState, officeId: string, date: string): QueueTicket[] => {
  const key = dayKeyOf(officeId, date);
  let tickets = state.tickets.get(key);
  if (!tickets) {
    tickets = [];
    state.tickets.set(key, tickets);
  }
  return tickets;
};

/** The sequence the next ticket of (office, date, series) gets: one more than the series has. */
export const nextSequence = (tickets: readonly QueueTicket[], series: string): number =>
  tickets.filter((ticket) => ticket.series === series).length + 1;

/** Add a new ticket at the end of its day, indexing a booking's code. */
export const addTicket = (state: CounterState, ticket: QueueTicket): void => {
  dayTickets(state, ticket.officeId, ticket.date).push(ticket);
  if (ticket.code !== undefined) {
    state.dayOfCode.set(codeKeyOf(ticket.officeId, ticket.code), dayKeyOf(ticket.officeId, ticket.date));
  }
};

/** Replace a ticket (same office, date and number) with its changed self. */
export const replaceTicket = (state: CounterState, ticket: QueueTicket): void => {
  const tickets = dayTickets(state, ticket.officeId, ticket.date);
  const index = tickets.findIndex((t) => t.number === ticket.number);
  if (index >= 0) tickets[index] = ticket;
};

/** Append the audit row of an action, its id one more than the last. */
export const appendAudit = (state: CounterState, facts: AuditFacts): void => {
  state.audit.push({ id: state.audit.length + 1, ...auditRecord(facts) });
};
