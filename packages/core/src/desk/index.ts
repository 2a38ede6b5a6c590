/** The desk's pure rules: which ticket a counter calls next, how queue numbers are written, audit rows. */
export { type AuditFacts, auditRecord, type NewAuditEntry } from './audit-record';
export { bookingCallsSinceWalkIn, chooseNextTicket } from './choose-next-ticket';
export { formatTicketNumber, parseTicketNumber, TICKET_DIGITS } from './ticket-number';
export { defaultTicketSeries, WALK_IN_SERIES } from './ticket-series';
