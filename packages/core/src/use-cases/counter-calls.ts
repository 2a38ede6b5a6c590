import { auditRecord } from '../desk/audit-record';
import { chooseNextTicket } from '../desk/choose-next-ticket';
import type { QueueTicket } from '../domain/queue-ticket';
import type { CallNextInput, CounterActionInput, CounterActionResult } from '../ports/counter-queue';
import type { LedgerPrimitives } from '../ports/store-primitives';
import { ConcurrentChange } from '../ports/transactor';

const calledAt = (tickets: readonly QueueTicket[], counter: string): QueueTicket | undefined =>
  tickets.find((ticket) => ticket.status === 'called' && ticket.counter === counter);

/** Write the ticket's change only if it is still as read, and its audit row. */
const change = async (
  tx: LedgerPrimitives,
  input: CounterActionInput,
  action: 'call' | 'recall' | 'served' | 'absent',
  ticket: QueueTicket,
  expect: QueueTicket['status'],
): Promise<CounterActionResult> => {
  if (!(await tx.updateTicket(ticket, expect)))
    throw new ConcurrentChange(`ticket ${ticket.number} changed while it was being ${action}ed`);
  await tx.appendAudit(auditRecord({ ...input, action, ticket }));
  return { type: 'Done', ticket };
};

/**
 * The counter calls the ticket `chooseNextTicket` picks from the day, unless it still has one
 * called; the call order is one more than the day's highest. The day is locked first, so two
 * counters (in any process) never call the same ticket.
 */
export const callNextOver = async (
  tx: LedgerPrimitives,
  input: CallNextInput,
): Promise<CounterActionResult> => {
  await tx.lockDay(input.officeId, input.date);
  const day = await tx.dayTickets(input.officeId, input.date);
  const busy = calledAt(day, input.counter);
  if (busy) return { type: 'CounterBusy', ticket: busy };
  const next = chooseNextTicket(day, input.walkInEvery);
  if (!next) return { type: 'QueueEmpty' };
  const callOrder = Math.max(0, ...day.map((ticket) => ticket.callOrder ?? 0)) + 1;
  const called: QueueTicket = {
    ...next,
    status: 'called',
    counter: input.counter,
    callOrder,
    calledAt: new Date(input.at.getTime()),
    calls: 1,
  };
  return change(tx, input, 'call', called, 'waiting');
};

/** The counter's called ticket, called once more. */
export const recallOver = async (
  tx: LedgerPrimitives,
  input: CounterActionInput,
): Promise<CounterActionResult> => {
  await tx.lockDay(input.officeId, input.date);
  const current = calledAt(await tx.dayTickets(input.officeId, input.date), input.counter);
  if (!current) return { type: 'NothingCalled' };
  const again: QueueTicket = { ...current, calledAt: new Date(input.at.getTime()), calls: current.calls + 1 };
  return change(tx, input, 'recall', again, 'called');
};

/** The counter's called ticket ends served or absent. */
export const finishCallOver = async (
  tx: LedgerPrimitives,
  input: CounterActionInput & { readonly outcome: 'served' | 'absent' },
): Promise<CounterActionResult> => {
  await tx.lockDay(input.officeId, input.date);
  const current = calledAt(await tx.dayTickets(input.officeId, input.date), input.counter);
  if (!current) return { type: 'NothingCalled' };
  const finished: QueueTicket = {
    ...current,
    status: input.outcome,
    finishedAt: new Date(input.at.getTime()),
  };
  return change(tx, input, input.outcome, finished, 'called');
};
