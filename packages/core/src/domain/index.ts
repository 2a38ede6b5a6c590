/** The domain module's names used elsewhere in the core or by the root entry; the rest stays inside. */

export type { ApplicationType } from './application-type';
export { APPLICATION_TYPES } from './application-type';
export type { AuditAction, AuditEntry } from './audit-entry';
export type { Applicant, Booking, SessionSlot, StoredBookingStatus } from './booking';
export type { E164, LocalDate, LocalTime } from './local-date';
export type { CodeState, Outcome, RejectedOutcome, Reply } from './outcome';
export type { QueueTicket, TicketKind, TicketStatus } from './queue-ticket';
export type { DateProblem, MessageField, NameProblem, Rejection, RejectionReason } from './rejection';
