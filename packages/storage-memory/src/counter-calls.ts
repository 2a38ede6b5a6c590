import {
  type CallNextInput,
  type CounterActionInput,
  type CounterActionResult,
  chooseNextTicket,
  type QueueTicket,
} from '@antrean/core';
import { appendAudit, type CounterState, dayTickets, replaceTicket } from './counter-state';
import { copyOf } from './memory-state';

const calledAt = (tickets: readonly QueueTicket[], counter: string): QueueTicket | undefined =>
  tickets.find((ticket) => ticket.status === 'called' && ticket.counter === counter);

/** The counter calls the ticket core `chooseNextTicket` picks, unless it still has one called. */
export const callNextIn = (desk: CounterState, input: CallNextInput): CounterActionResult => {
  const tickets = dayTickets(desk, input.officeId, input.date);
  const busy = calledAt(tickets, input.counter);
  if (busy) return { type: 'CounterBusy', ticket: copyOf(busy) };
  const next = chooseNextTicket(tickets, input.walkInEvery);
  if (!next) return { type: 'QueueEmpty' };
  const callOrder = Math.max(0, ...tickets.map((ticket) => ticket.callOrder ?? 0)) + 1;
  const called: QueueTicket = {
    ...next,
    status: 'called',
    counter: input.counter,
    callOrder,
    calledAt: new Date(input.at),
    calls: 1,
  };
  replaceTicket(desk, called);
  appendAudit(desk, { ...input, action: 'call', ticket: called });
  return { type: 'Done', ticket: copyOf(called) };
};

/** The counter's called ticket, called once more. */
export const recallIn = (desk: CounterState, input: CounterActionInput): CounterActionResult => {
  const current = calledAt(dayTickets(desk, input.officeId, input.date), input.counter);
  if (!current) return { type: 'NothingCalled' };
  const again: QueueTicket = { ...current, calledAt: new Date(input.at), calls: current.calls + 1 };
  replaceTicket(desk, again);
  appendAudit(desk, { ...input, action: 'recall', ticket: again });
  return { type: 'Done', ticket: copyOf(again) };
};

/** The counter's called ticket ends served or absent. */
export const finishCallIn = (
  desk: CounterState,
  input: CounterActionInput & { readonly outcome: 'served' | 'absent' },
): CounterActionResult => {
  const current = calledAt(dayTickets(desk, input.officeId, input.date), input.counter);
  if (!current) return { type: 'NothingCalled' };
  const finished: QueueTicket = { ...current, status: input.outcome, finishedAt: new Date(input.at) };
  replaceTicket(desk, finished);
  appendAudit(desk, { ...input, action: input.outcome, ticket: finished });
  return { type: 'Done', ticket: copyOf(finished) };
};
