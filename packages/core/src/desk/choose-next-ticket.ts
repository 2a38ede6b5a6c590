import type { QueueTicket } from '../domain/queue-ticket';

// Session first, so an applicant of the 08:00 session is not held up by a later one; then the
// sequence; issue time and number only break ties between series, so the order is total.
const byBookingOrder = (a: QueueTicket, b: QueueTicket): number =>
  (a.sessionStartsAt?.getTime() ?? 0) - (b.sessionStartsAt?.getTime() ?? 0) ||
  a.sequence - b.sequence ||
  a.issuedAt.getTime() - b.issuedAt.getTime() ||
  (a.number < b.number ? -1 : a.number > b.number ? 1 : 0);

const byWalkInOrder = (a: QueueTicket, b: QueueTicket): number =>
  a.sequence - b.sequence || a.issuedAt.getTime() - b.issuedAt.getTime();

const firstBy = (
  tickets: readonly QueueTicket[],
  order: (a: QueueTicket, b: QueueTicket) => number,
): QueueTicket | undefined =>
  tickets.reduce<QueueTicket | undefined>(
    (best, ticket) => (best === undefined || order(ticket, best) < 0 ? ticket : best),
    undefined,
  );

/** Booking tickets called since the day's last walk-in call (all of the day's, before the first). */
export const bookingCallsSinceWalkIn = (tickets: readonly QueueTicket[]): number => {
  const called = tickets
    .filter((ticket) => ticket.callOrder !== undefined)
    .sort((a, b) => (b.callOrder ?? 0) - (a.callOrder ?? 0));
  const lastWalkIn = called.findIndex((ticket) => ticket.kind === 'walk_in');
  return lastWalkIn === -1 ? called.length : lastWalkIn;
};

/**
 * The ticket a counter calls next from one office's day: a walk-in once `walkInEvery` booking
 * calls were made since the last walk-in call (both waiting), else the first waiting booking by
 * session then sequence, else the first waiting walk-in by sequence. Undefined when none waits.
 * A ratio below 1 (or not a number) counts as 1.
 */
export const chooseNextTicket = (
  tickets: readonly QueueTicket[],
  walkInEvery: number,
): QueueTicket | undefined => {
  const waiting = tickets.filter((ticket) => ticket.status === 'waiting');
  const booking = firstBy(
    waiting.filter((ticket) => ticket.kind === 'booking'),
    byBookingOrder,
  );
  const walkIn = firstBy(
    waiting.filter((ticket) => ticket.kind === 'walk_in'),
    byWalkInOrder,
  );
  if (!booking || !walkIn) return booking ?? walkIn;
  const every = Number.isFinite(walkInEvery) ? Math.max(1, Math.floor(walkInEvery)) : 1;
  return bookingCallsSinceWalkIn(tickets) >= every ? walkIn : booking;
};
