import { type Booking, codeState, type OfficeConfig, type QueueTicket } from '@antrean/core';
import { bookingJson } from './booking-json';
import { sessionsOfDate } from './office-sessions';
import { type TicketJson, ticketJson } from './ticket-json';

/** One booking line of the day view. */
export interface DayBooking {
  readonly code: string;
  readonly name: string;
  readonly birthDate: string;
  readonly applicationType: string;
  readonly state: string;
  readonly ticket?: TicketJson;
}

/** One session of the day with its bookings. */
export interface DaySession {
  readonly start: string;
  readonly end: string;
  readonly capacity: number;
  readonly bookings: readonly DayBooking[];
}

/** The day view's answer. */
export interface DayView {
  readonly date: string;
  readonly counts: Readonly<
    Record<'booked' | 'checkedIn' | 'served' | 'absent' | 'expired' | 'cancelled' | 'walkIns', number>
  >;
  readonly sessions: readonly DaySession[];
  readonly walkIns: readonly TicketJson[];
}

/**
 * Every session of `date` with its bookings and their states at `now` (a lapsed code shows
 * `expired`), each with the ticket it got; the walk-ins; and the counts.
 */
export function dayView(
  office: OfficeConfig,
  date: string,
  bookings: readonly Booking[],
  tickets: readonly QueueTicket[],
  now: Date,
): DayView {
  const ticketOf = new Map(tickets.filter((t) => t.code !== undefined).map((t) => [t.code, t]));
  const lines = bookings.map((booking) => {
    const json = bookingJson(booking, office, codeState(booking, now));
    const ticket = ticketOf.get(booking.code);
    const line: DayBooking = {
      code: json.code,
      name: json.name,
      birthDate: json.birthDate,
      applicationType: json.applicationType,
      state: json.status,
      ...(ticket ? { ticket: ticketJson(ticket) } : {}),
    };
    return { start: json.session.start, end: json.session.end, line };
  });
  const sessions = sessionsOfDate(office, date).map((s) => ({ ...s, bookings: [] as DayBooking[] }));
  for (const { start, end, line } of lines) {
    let session = sessions.find((s) => s.start === start);
    if (!session) {
      // A session since removed from the config still shows its bookings.
      session = { start, end, capacity: 0, bookings: [] };
      sessions.push(session);
    }
    session.bookings.push(line);
  }
  sessions.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const states = lines.map(({ line }) => line.state);
  const count = (state: string) => states.filter((s) => s === state).length;
  return {
    date,
    counts: {
      booked: states.length - count('cancelled'),
      checkedIn: count('checked_in'),
      served: tickets.filter((t) => t.status === 'served').length,
      absent: tickets.filter((t) => t.status === 'absent').length,
      expired: count('expired'),
      cancelled: count('cancelled'),
      walkIns: tickets.filter((t) => t.kind === 'walk_in').length,
    },
    sessions,
    walkIns: tickets.filter((t) => t.kind === 'walk_in').map(ticketJson),
  };
}
