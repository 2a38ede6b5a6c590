import {
  formatTicketNumber,
  type QueueTicket,
  type TicketCheckInInput,
  type TicketCheckInResult,
  type WalkInInput,
} from '@antrean/core';
import { isLive } from './cancel';
import {
  addTicket,
  appendAudit,
  type CounterState,
  codeKeyOf,
  dayTickets,
  nextSequence,
} from './counter-state';
import { markCheckedInIn } from './mark-checked-in';
import { copyOf, type MemoryState } from './memory-state';

/** The ticket a booking got at check-in, if any. */
export const ticketOfCode = (desk: CounterState, officeId: string, code: string): QueueTicket | undefined => {
  const day = desk.dayOfCode.get(codeKeyOf(officeId, code));
  const ticket = day === undefined ? undefined : desk.tickets.get(day)?.find((t) => t.code === code);
  return ticket && copyOf(ticket);
};

/**
 * `markCheckedIn`'s conditions, then the ticket and its audit row, with no await between: the
 * series is asked for before anything is written, so a throwing `seriesFor` changes nothing.
 */
export const checkInWithTicketIn = (
  state: MemoryState,
  desk: CounterState,
  input: TicketCheckInInput,
): TicketCheckInResult => {
  const stored = state.bookings.get(input.code);
  const live = stored && stored.officeId === input.officeId && isLive(stored, input.activeFrom);
  const series = live ? input.seriesFor(copyOf(stored)) : undefined;
  const marked = markCheckedInIn(state, input);
  if (marked.type === 'Unchanged') {
    const ticket = marked.booking && ticketOfCode(desk, input.officeId, input.code);
    return ticket ? { ...marked, ticket } : marked;
  }
  const { booking } = marked;
  const seriesOf = series ?? input.seriesFor(copyOf(booking));
  const sequence = nextSequence(dayTickets(desk, booking.officeId, booking.date), seriesOf);
  const ticket: QueueTicket = {
    officeId: booking.officeId,
    date: booking.date,
    number: formatTicketNumber(seriesOf, sequence),
    series: seriesOf,
    sequence,
    kind: 'booking',
    code: booking.code,
    sessionStartsAt: new Date(booking.startsAt),
    issuedAt: new Date(input.at),
    issuedBy: input.officer,
    status: 'waiting',
    calls: 0,
  };
  addTicket(desk, ticket);
  appendAudit(desk, { ...input, action: 'check_in', ticket });
  return { type: 'CheckedIn', booking, ticket: copyOf(ticket) };
};

/** The next walk-in number of the office day and series, with its audit row. */
export const issueWalkInIn = (desk: CounterState, input: WalkInInput): QueueTicket => {
  const sequence = nextSequence(dayTickets(desk, input.officeId, input.date), input.series);
  const ticket: QueueTicket = {
    officeId: input.officeId,
    date: input.date,
    number: formatTicketNumber(input.series, sequence),
    series: input.series,
    sequence,
    kind: 'walk_in',
    reason: input.reason,
    issuedAt: new Date(input.at),
    issuedBy: input.officer,
    status: 'waiting',
    calls: 0,
  };
  addTicket(desk, ticket);
  appendAudit(desk, { ...input, action: 'walk_in', ticket, detail: input.reason });
  return copyOf(ticket);
};
