/** The desk's pure rules: which ticket a counter calls next, and how queue numbers are written. */
export { bookingCallsSinceWalkIn, chooseNextTicket } from './choose-next-ticket';
export { formatTicketNumber, parseTicketNumber, TICKET_DIGITS } from './ticket-number';
export { defaultTicketSeries, WALK_IN_SERIES } from './ticket-series';
