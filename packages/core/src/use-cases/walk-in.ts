import { auditRecord } from '../desk/audit-record';
import type { QueueTicket } from '../domain/queue-ticket';
import type { WalkInInput } from '../ports/counter-queue';
import type { LedgerPrimitives } from '../ports/store-primitives';
import { newTicket } from './check-in';

/** The next walk-in number of (office, date, series), with its `walk_in` audit row. */
export const issueWalkInOver = async (tx: LedgerPrimitives, input: WalkInInput): Promise<QueueTicket> => {
  await tx.lockDay(input.officeId, input.date);
  const ticket = await newTicket(tx, {
    officeId: input.officeId,
    date: input.date,
    series: input.series,
    kind: 'walk_in',
    reason: input.reason,
    issuedAt: new Date(input.at.getTime()),
    issuedBy: input.officer,
  });
  await tx.appendAudit(auditRecord({ ...input, action: 'walk_in', ticket, detail: input.reason }));
  return ticket;
};
