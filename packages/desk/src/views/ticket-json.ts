import { displayCode, type QueueTicket } from '@antrean/core';

/** A queue ticket as the API shows it. */
export interface TicketJson {
  readonly number: string;
  readonly kind: string;
  readonly status: string;
  readonly counter?: string;
  readonly code?: string;
  readonly reason?: string;
  readonly calls: number;
  readonly issuedAt: string;
  readonly calledAt?: string;
}

/** `ticket` for the API, times as ISO instants. */
export const ticketJson = (ticket: QueueTicket): TicketJson => ({
  number: ticket.number,
  kind: ticket.kind,
  status: ticket.status,
  ...(ticket.counter === undefined ? {} : { counter: ticket.counter }),
  ...(ticket.code === undefined ? {} : { code: displayCode(ticket.code) }),
  ...(ticket.reason === undefined ? {} : { reason: ticket.reason }),
  calls: ticket.calls,
  issuedAt: ticket.issuedAt.toISOString(),
  ...(ticket.calledAt === undefined ? {} : { calledAt: ticket.calledAt.toISOString() }),
});

/** What the waiting-room display shows of a called ticket: only the number and the counter. */
export const calledJson = (ticket: QueueTicket) => ({
  number: ticket.number,
  counter: ticket.counter ?? '',
  calls: ticket.calls,
});
