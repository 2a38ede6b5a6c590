/**
 * The office's tickets of the day, kept current from `api/events` (a `snapshot`, then one `ticket`
 * event per change). EventSource reconnects by itself; a stream the server closed is reopened.
 */
import { deskUrl } from './api.js';

/** Calls `onTickets(list)` with the day's tickets after the snapshot and after every change. */
export function followTickets(onTickets) {
  const tickets = new Map();
  const open = () => {
    const source = new EventSource(deskUrl('api/events'));
    source.addEventListener('snapshot', (event) => {
      tickets.clear();
      for (const ticket of JSON.parse(event.data).tickets ?? []) tickets.set(ticket.number, ticket);
      onTickets([...tickets.values()]);
    });
    source.addEventListener('ticket', (event) => {
      const { ticket } = JSON.parse(event.data);
      tickets.set(ticket.number, ticket);
      onTickets([...tickets.values()]);
    });
    source.addEventListener('error', () => {
      if (source.readyState === EventSource.CLOSED) setTimeout(open, 3000);
    });
  };
  open();
}
