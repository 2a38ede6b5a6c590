import type { LedgerPrimitives, QueueTicket } from '@antrean/core';
import { copied, type ModelTables } from './model-tables';

type QueuePart = Pick<
  LedgerPrimitives,
  'lockDay' | 'dayTickets' | 'ticketOfCode' | 'nextSequence' | 'insertTicket' | 'updateTicket' | 'appendAudit'
>;

const sameRow = (a: QueueTicket, b: QueueTicket): boolean =>
  a.officeId === b.officeId && a.date === b.date && a.number === b.number;

/** The queue tickets and audit half of the model's primitives, over `tables`. */
export const queuePrimitivesOver = (tables: ModelTables): QueuePart => ({
  // The model runs one transaction at a time: there is nothing to lock.
  lockDay: async () => undefined,
  dayTickets: async (officeId, date) =>
    copied(tables.tickets.filter((t) => t.officeId === officeId && t.date === date)),
  ticketOfCode: async (officeId, code) =>
    copied(tables.tickets.find((t) => t.officeId === officeId && t.code === code)),
  nextSequence: async (officeId, date, series) =>
    Math.max(
      0,
      ...tables.tickets
        .filter((t) => t.officeId === officeId && t.date === date && t.series === series)
        .map((t) => t.sequence),
    ) + 1,
  insertTicket: async (ticket) => {
    if (tables.tickets.some((t) => sameRow(t, ticket)))
      throw new Error(`unique violation: ticket ${ticket.number} of ${ticket.date}`);
    tables.tickets.push(copied(ticket));
  },
  updateTicket: async (ticket, expect) => {
    const index = tables.tickets.findIndex((t) => sameRow(t, ticket));
    if (tables.tickets[index]?.status !== expect) return false;
    tables.tickets[index] = copied(ticket);
    return true;
  },
  appendAudit: async (entry) => {
    tables.audit.push({ id: tables.audit.length + 1, ...copied(entry) });
  },
});
