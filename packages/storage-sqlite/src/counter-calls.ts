import {
  type CallNextInput,
  type CounterActionInput,
  type CounterActionResult,
  chooseNextTicket,
  type QueueTicket,
} from '@antrean/core';
import type { Connection } from './connection';
import type { SqliteValue } from './sqlite-database';
import { appendAudit, SELECT_TICKET, TICKET_COLUMNS, type TicketRow, toTicket } from './ticket-rows';

const calledAt = (conn: Connection, input: CounterActionInput) => {
  const row = conn.get<TicketRow>(
    `${SELECT_TICKET} WHERE office_id = ? AND date = ? AND counter = ? AND status = 'called'`,
    input.officeId,
    input.date,
    input.counter,
  );
  return row ? toTicket(row) : undefined;
};

/**
 * The counter calls the ticket core `chooseNextTicket` picks from the day, unless it still has
 * one called; call inside one write transaction (the lock keeps two counters off one ticket).
 */
export const callNextIn = (conn: Connection, input: CallNextInput): CounterActionResult => {
  const busy = calledAt(conn, input);
  if (busy) return { type: 'CounterBusy', ticket: busy };
  const day = conn
    .all<TicketRow>(`${SELECT_TICKET} WHERE office_id = ? AND date = ?`, input.officeId, input.date)
    .map(toTicket);
  const next = chooseNextTicket(day, input.walkInEvery);
  if (!next) return { type: 'QueueEmpty' };
  const callOrder = Math.max(0, ...day.map((ticket) => ticket.callOrder ?? 0)) + 1;
  const [row] = conn.all<TicketRow>(
    `UPDATE queue_tickets SET status = 'called', counter = ?, call_order = ?, called_at = ?, calls = 1
     WHERE office_id = ? AND date = ? AND number = ? AND status = 'waiting'
     RETURNING ${TICKET_COLUMNS}`,
    input.counter,
    callOrder,
    input.at.getTime(),
    input.officeId,
    input.date,
    next.number,
  );
  if (!row) throw new Error(`ticket ${next.number} changed while it was being called`);
  const ticket = toTicket(row);
  appendAudit(conn, { ...input, action: 'call', ticket });
  return { type: 'Done', ticket };
};

// One statement finds the counter's called ticket and changes it, so nothing slips between.
const changeCalled = (
  conn: Connection,
  input: CounterActionInput,
  set: string,
  values: readonly SqliteValue[],
): QueueTicket | undefined => {
  const [row] = conn.all<TicketRow>(
    `UPDATE queue_tickets SET ${set}
     WHERE office_id = ? AND date = ? AND counter = ? AND status = 'called'
     RETURNING ${TICKET_COLUMNS}`,
    ...values,
    input.officeId,
    input.date,
    input.counter,
  );
  return row ? toTicket(row) : undefined;
};

/** The counter's called ticket, called once more; call inside one write transaction. */
export const recallIn = (conn: Connection, input: CounterActionInput): CounterActionResult => {
  const ticket = changeCalled(conn, input, 'calls = calls + 1, called_at = ?', [input.at.getTime()]);
  if (!ticket) return { type: 'NothingCalled' };
  appendAudit(conn, { ...input, action: 'recall', ticket });
  return { type: 'Done', ticket };
};

/** The counter's called ticket ends served or absent; call inside one write transaction. */
export const finishCallIn = (
  conn: Connection,
  input: CounterActionInput & { readonly outcome: 'served' | 'absent' },
): CounterActionResult => {
  const ticket = changeCalled(conn, input, 'status = ?, finished_at = ?', [
    input.outcome,
    input.at.getTime(),
  ]);
  if (!ticket) return { type: 'NothingCalled' };
  appendAudit(conn, { ...input, action: input.outcome, ticket });
  return { type: 'Done', ticket };
};
