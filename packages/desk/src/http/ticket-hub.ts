import type { QueueTicket } from '@antrean/core';
import type { DeskEvent, DeskOffice } from '../desk-options';
import { createOfficeReader, type OfficeReader } from './office-reader';

/** What happened to a ticket, as officers' event streams tell it. */
export type TicketChange = 'issued' | 'called' | 'recalled' | 'served' | 'absent';

/** One change of one office's ticket. */
export interface TicketEvent {
  readonly officeId: string;
  readonly change: TicketChange;
  readonly ticket: QueueTicket;
}

/** The fan-out from the store's audit trail to this process's open event streams. */
export interface TicketHub {
  /**
   * Listens to one office's events (read from the store, whichever process acted); returns the
   * function that stops listening. `ready` settles once the reader knows where the trail ends, so
   * a snapshot read after it misses no event.
   */
  subscribe(
    officeId: string,
    listener: (event: TicketEvent) => void,
  ): { readonly stop: () => void; readonly ready: Promise<void> };
  /** Something changed at the office through this process: read the store now, not at the next wake. */
  nudge(officeId: string): void;
  /** Every stream is asked to end (shutdown) and the readers stop; later subscribers are told at once. */
  close(): void;
  /** Called once when the hub closes. */
  onClose(listener: () => void): () => void;
  readonly closed: boolean;
}

/** How the hub reads the store. */
export interface HubOptions {
  readonly offices: ReadonlyMap<string, DeskOffice>;
  /** How often a store without push notifications is polled for new rows. */
  readonly pollMs?: number;
  readonly emit: (event: DeskEvent) => void;
}

/**
 * A hub with one reader per office while that office has a listener (not one per stream), each
 * following the office's audit rows from where the trail ended when it started. Nothing is
 * buffered: a stream that joins late reads its snapshot from the store.
 */
export function createTicketHub(options: HubOptions): TicketHub {
  const readers = new Map<string, OfficeReader>();
  const closers = new Set<() => void>();
  let closed = false;
  return {
    subscribe: (officeId, listener) => {
      const entry = options.offices.get(officeId);
      if (closed || entry === undefined) return { stop: () => {}, ready: Promise.resolve() };
      let reader = readers.get(officeId);
      if (reader === undefined) {
        reader = createOfficeReader(entry, options);
        readers.set(officeId, reader);
      }
      const own = reader;
      own.listeners.add(listener);
      return {
        ready: own.ready,
        stop: () => {
          own.listeners.delete(listener);
          if (own.listeners.size > 0 || readers.get(officeId) !== own) return;
          readers.delete(officeId);
          own.stop();
        },
      };
    },
    nudge: (officeId) => readers.get(officeId)?.pull(),
    close: () => {
      if (closed) return;
      closed = true;
      for (const reader of readers.values()) reader.stop();
      readers.clear();
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
