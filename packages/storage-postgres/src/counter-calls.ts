import {
  type CallNextInput,
  type CounterActionInput,
  type CounterActionResult,
  chooseNextTicket,
  type QueueTicket,
} from '@antrean/core';
import { lockDay } from './counter-issue';
import type { ClientLike } from './pool-like';
import type { Tables } from './tables';
import { appendAudit, TICKET_COLUMNS, ticketOf } from './ticket-rows';
import { ConcurrentChange } from './transaction';

const dayOf = async (client: ClientLike, t: Tables, input: CounterActionInput): Promise<QueueTicket[]> => {
  const found = await client.query(
    `SELECT ${TICKET_COLUMNS} FROM ${t.tickets} WHERE office_id = $1 AND date = $2::date ORDER BY id`,
    [input.officeId, input.date],
  );
  return found.rows.map(ticketOf);
};

/**
 * The counter calls the ticket core `chooseNextTicket` picks from the day, unless it still has
 * one called. The day's lock is taken first, so two counters (in any process) never read the
 * same waiting ticket as free.
 */
export const callNextWith = async (
  client: ClientLike,
  t: Tables,
  input: CallNextInput,
): Promise<CounterActionResult> => {
  await lockDay(client, t, input.officeId, input.date);
  const day = await dayOf(client, t, input);
  const busy = day.find((ticket) => ticket.status === 'called' && ticket.counter === input.counter);
  if (busy) return { type: 'CounterBusy', ticket: busy };
  const next = chooseNextTicket(day, input.walkInEvery);
  if (!next) return { type: 'QueueEmpty' };
  const callOrder = Math.max(0, ...day.map((ticket) => ticket.callOrder ?? 0)) + 1;
  const updated = await client.query(
    `UPDATE ${t.tickets} SET status = 'called', counter = $4, call_order = $5, called_at = $6::timestamptz, calls = 1
     WHERE office_id = $1 AND date = $2::date AND number = $3 AND status = 'waiting'
     RETURNING ${TICKET_COLUMNS}`,
    [input.officeId, input.date, next.number, input.counter, callOrder, input.at.toISOString()],
  );
  const [row] = updated.rows;
  // Not expected under the day's lock; if it happens, the whole call runs again on fresh rows.
  if (!row) throw new ConcurrentChange(`ticket ${next.number} changed while it was being called`);
  const ticket = ticketOf(row);
  await appendAudit(client, t, { ...input, action: 'call', ticket });
  return { type: 'Done', ticket };
};

// One statement finds the counter's called ticket and changes it, under the day's lock.
const changeCalled = async (
  client: ClientLike,
  t: Tables,
  input: CounterActionInput,
  set: string,
  values: readonly unknown[],
): Promise<QueueTicket | undefined> => {
  await lockDay(client, t, input.officeId, input.date);
  const updated = await client.query(
    `UPDATE ${t.tickets} SET ${set}
     WHERE office_id = $1 AND date = $2::date AND counter = $3 AND status = 'called'
     RETURNING ${TICKET_COLUMNS}`,
    [input.officeId, input.date, input.counter, ...values],
  );
  const [row] = updated.rows;
  return row ? ticketOf(row) : undefined;
};

/** The counter's called ticket, called once more. */
export const recallWith = async (
  client: ClientLike,
  t: Tables,
  input: CounterActionInput,
): Promise<CounterActionResult> => {
  const ticket = await changeCalled(client, t, input, 'calls = calls + 1, called_at = $4::timestamptz', [
    input.at.toISOString(),
  ]);
  if (!ticket) return { type: 'NothingCalled' };
  await appendAudit(client, t, { ...input, action: 'recall', ticket });
  return { type: 'Done', ticket };
};

/** The counter's called ticket ends served or absent. */
export const finishCallWith = async (
  client: ClientLike,
  t: Tables,
  input: CounterActionInput & { readonly outcome: 'served' | 'absent' },
): Promise<CounterActionResult> => {
  const ticket = await changeCalled(client, t, input, 'status = $4, finished_at = $5::timestamptz', [
    input.outcome,
    input.at.toISOString(),
  ]);
  if (!ticket) return { type: 'NothingCalled' };
  await appendAudit(client, t, { ...input, action: input.outcome, ticket });
  return { type: 'Done', ticket };
};
