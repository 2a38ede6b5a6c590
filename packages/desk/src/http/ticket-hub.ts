import type { QueueTicket } from '@antrean/core';

/** What happened to a ticket, as officers' event streams tell it. */
export type TicketChange = 'issued' | 'called' | 'recalled' | 'served' | 'absent';

/** One change of one office's ticket. */
export interface TicketEvent {
  readonly officeId: string;
  readonly change: TicketChange;
  readonly ticket: QueueTicket;
}

/** The in-process fan-out from the API's actions to the open event streams. */
export interface TicketHub {
  publish(event: TicketEvent): void;
  /** Listens to one office's events; returns the function that stops listening. */
  subscribe(officeId: string, listener: (event: TicketEvent) => void): () => void;
  /** Every stream is asked to end (shutdown); later subscribers are told at once. */
  close(): void;
  /** Called once when the hub closes. */
  onClose(listener: () => void): () => void;
  readonly closed: boolean;
}

/** A hub with no buffering: a stream that joins late reads its snapshot from the store. */
export function createTicketHub(): TicketHub {
  const listeners = new Map<string, Set<(event: TicketEvent) => void>>();
  const closers = new Set<() => void>();
  let closed = false;
  return {
    publish: (event) => {
      for (const listener of listeners.get(event.officeId) ?? []) listener(event);
    },
    subscribe: (officeId, listener) => {
      const set = listeners.get(officeId) ?? new Set();
      listeners.set(officeId, set);
      set.add(listener);
      return () => set.delete(listener);
    },
    close: () => {
      if (closed) return;
      closed = true;
      for (const closer of closers) closer();
      closers.clear();
    },
    onClose: (listener) => {
      if (closed) listener();
      else closers.add(listener);
      return () => closers.delete(listener);
    },
    get closed() {
      return closed;
    },
  };
}
