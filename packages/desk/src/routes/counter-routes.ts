import { type CounterActionResult, localDateOf } from '@antrean/core';
import { counterName } from '../counter-name';
import { type DeskParts, officeOf, withStore } from '../desk-parts';
import { fail, jsonBody } from '../http/answers';
import type { DeskContext, DeskHono } from '../http/desk-env';
import { ticketJson } from '../views/ticket-json';

/**
 * A counter action's answer: the ticket, or why not. The streams learn of a call from the store's
 * audit row; this process's reader is nudged to read it now rather than at its next wake.
 */
const answer = (parts: DeskParts, c: DeskContext, officeId: string, result: CounterActionResult) => {
  switch (result.type) {
    case 'Done':
      parts.hub.nudge(officeId);
      return c.json({ ticket: ticketJson(result.ticket) });
    case 'QueueEmpty':
      return fail(c, 409, 'QueueEmpty');
    case 'CounterBusy':
      return fail(c, 409, 'CounterBusy', { ticket: ticketJson(result.ticket) });
    case 'NothingCalled':
      return fail(c, 409, 'NothingCalled');
  }
};

/** `api/call-next`, `api/recall`, `api/served`, `api/absent`: one counter's calls on the office's day. */
export function addCounterRoutes(app: DeskHono, parts: DeskParts): void {
  for (const action of ['call-next', 'recall', 'served', 'absent'] as const) {
    app.post(`/api/${action}`, async (c) => {
      // Named once, here: the store, the audit and the display all carry `Loket 2`.
      const counter = counterName((await jsonBody(c))?.counter);
      if (counter === undefined) return fail(c, 400, 'InvalidCounter');
      const { office, store } = officeOf(parts, c);
      const now = parts.clock.now();
      const input = {
        officeId: office.id,
        date: localDateOf(now, office.timeZone),
        counter,
        at: now,
        officer: c.get('session').user.name,
      };
      const call =
        action === 'call-next'
          ? store.callNext({ ...input, walkInEvery: parts.walkInEvery })
          : action === 'recall'
            ? store.recall(input)
            : store.finishCall({ ...input, outcome: action });
      return withStore(parts, c, call, (result) => answer(parts, c, office.id, result));
    });
  }
}
