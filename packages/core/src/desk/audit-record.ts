import type { AuditAction, AuditEntry } from '../domain/audit-entry';
import type { QueueTicket } from '../domain/queue-ticket';

/** An audit row about to be written: the store gives it its id. */
export type NewAuditEntry = Omit<AuditEntry, 'id'>;

/** What an officer did to a ticket, as a store knows it when it writes the change. */
export interface AuditFacts {
  readonly officeId: string;
  readonly at: Date;
  readonly officer: string;
  readonly action: AuditAction;
  readonly ticket: QueueTicket;
  readonly counter?: string;
  readonly detail?: string;
}

/**
 * The audit row of an action on a ticket: the booking code and number come from the ticket, the
 * counter and detail when given; absent fields are left out, so every store writes the same row.
 */
export const auditRecord = (facts: AuditFacts): NewAuditEntry => ({
  officeId: facts.officeId,
  at: new Date(facts.at),
  officer: facts.officer,
  action: facts.action,
  ...(facts.ticket.code === undefined ? {} : { code: facts.ticket.code }),
  ticket: facts.ticket.number,
  ...(facts.counter === undefined ? {} : { counter: facts.counter }),
  ...(facts.detail === undefined ? {} : { detail: facts.detail }),
});
