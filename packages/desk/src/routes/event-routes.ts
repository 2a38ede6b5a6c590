import { localDateOf, type QueueTicket } from '@antrean/core';
import type { DeskOffice } from '../desk-options';
import { type DeskParts, officeOf } from '../desk-parts';
import { fail } from '../http/answers';
import { clientAddress } from '../http/client-address';
import type { DeskHono } from '../http/desk-env';
import { eventStream } from '../http/event-stream';
import { notFound } from '../http/not-found';
import type { StreamCaps } from '../http/stream-caps';
import { calledJson, ticketJson } from '../views/ticket-json';

/** How many of the day's last calls the display's snapshot carries, whatever became of them since. */
export const DISPLAY_ROWS = 8;

/** The office's tickets today; an unreadable store gives none (the stream still opens, and events follow). */
const todaysTickets = async (parts: DeskParts, entry: DeskOffice): Promise<readonly QueueTicket[]> => {
  const date = localDateOf(parts.clock.now(), entry.office.timeZone);
  const tickets = await entry.store.listTickets(entry.office.id, date);
  if (tickets.isOk()) return tickets.value;
  parts.emit({ type: 'StoreFailed', officeId: entry.office.id, detail: tickets.error.message });
  return [];
};

/**
 * The day's last calls, the latest first, each `finished` once served or absent: the display's
 * "earlier calls" keep a number after it is served, as the hall saw it called.
 */
export const lastCalls = (tickets: readonly QueueTicket[]) =>
  tickets
    .filter((ticket) => ticket.calledAt !== undefined)
    .sort(
      (a, b) =>
        (b.calledAt?.getTime() ?? 0) - (a.calledAt?.getTime() ?? 0) ||
        (b.callOrder ?? 0) - (a.callOrder ?? 0),
    )
    .slice(0, DISPLAY_ROWS)
    .map((ticket) => ({ ...calledJson(ticket), finished: ticket.status !== 'called' }));

/**
 * `api/events` (signed in: every ticket change of the officer's office, after a `snapshot` of the
 * day's tickets) and `display/:officeId/events` (public: `snapshot` of the day's last calls, each
 * `finished` or not, then `called` for each call or recall and `finished` when a number is served
 * or absent).
 */
export function addEventRoutes(app: DeskHono, parts: DeskParts, displayCaps: StreamCaps): void {
  app.get('/api/events', (c) => {
    const entry = officeOf(parts, c);
    return eventStream(c, parts.hub, {
      officeId: entry.office.id,
      keepAliveMs: parts.keepAliveMs,
      snapshot: async () => ({
        event: 'snapshot',
        data: { tickets: (await todaysTickets(parts, entry)).map(ticketJson) },
      }),
      toMessage: (event) => ({
        event: 'ticket',
        data: { change: event.change, ticket: ticketJson(event.ticket) },
      }),
    });
  });

  app.get('/display/:officeId/events', (c) => {
    const entry = parts.offices.get(c.req.param('officeId'));
    if (!entry) return notFound(c);
    const place = displayCaps.take(clientAddress(c, parts.trustProxy));
    if (place.type === 'Refused') {
      c.header('retry-after', '10');
      return fail(c, 429, place.cap === 'perClient' ? 'TooManyDisplaysFromClient' : 'TooManyDisplays');
    }
    return eventStream(c, parts.hub, {
      onEnd: place.release,
      officeId: entry.office.id,
      keepAliveMs: parts.keepAliveMs,
      snapshot: async () => ({
        event: 'snapshot',
        data: { calls: lastCalls(await todaysTickets(parts, entry)) },
      }),
      toMessage: (event) => {
        if (event.change === 'called' || event.change === 'recalled')
          return { event: 'called', data: calledJson(event.ticket) };
        if (event.change === 'served' || event.change === 'absent')
          return { event: 'finished', data: { number: event.ticket.number } };
        return undefined;
      },
    });
  });
}
