import type { Booking, MessageKey } from '@antrean/core';
import type { MemoryState } from './memory-tables';

/** An empty store state. */
export const createMemoryState = (): MemoryState => ({
  bookings: new Map(),
  messages: new Map(),
  bindings: new Map(),
  deliveries: new Map(),
  deliveryByProviderId: new Map(),
  deliverySequence: { next: 1 },
  activeByApplicant: new Map(),
  byDay: new Map(),
  heldByDay: new Map(),
  holding: new Set(),
  tickets: new Map(),
  dayOfCode: new Map(),
  audit: [],
});

// JSON keeps the parts apart whatever characters they contain.
/** The map key of a message: channel, sender and id together (ids are unique per chat on some providers). */
export const messageKeyOf = (key: MessageKey): string =>
  JSON.stringify([key.channel, key.sender, key.messageId]);

/** The map key of one office's day. */
export const dayKeyOf = (officeId: string, date: string): string => JSON.stringify([officeId, date]);

/** The map key of an office's booking code. */
export const codeKeyOf = (officeId: string, code: string): string => JSON.stringify([officeId, code]);

const addTo = (index: Map<string, Set<string>>, key: string, code: string): void => {
  const codes = index.get(key);
  if (codes) codes.add(code);
  else index.set(key, new Set([code]));
};

const removeFrom = (index: Map<string, Set<string>>, key: string, code: string): void => {
  const codes = index.get(key);
  if (!codes) return;
  codes.delete(code);
  if (codes.size === 0) index.delete(key);
};

/**
 * Replace the row `from` (absent: none) by `to` (absent: delete), keeping the indexes in step.
 * The one place a booking row changes, so an undo is the same call with the rows swapped.
 */
export const replaceBooking = (state: MemoryState, from?: Booking, to?: Booking): void => {
  if (from) {
    removeFrom(state.activeByApplicant, from.applicantKey, from.code);
    removeFrom(state.byDay, dayKeyOf(from.officeId, from.date), from.code);
    state.bookings.delete(from.code);
  }
  if (to) {
    state.bookings.set(to.code, to);
    if (to.status === 'active') addTo(state.activeByApplicant, to.applicantKey, to.code);
    addTo(state.byDay, dayKeyOf(to.officeId, to.date), to.code);
  }
};

/** The bookings whose codes an index entry lists. */
export const bookingsIn = (state: MemoryState, codes: ReadonlySet<string> | undefined): Booking[] =>
  [...(codes ?? [])].flatMap((code) => state.bookings.get(code) ?? []);

// Callers get copies: a caller changing a returned Date or ticket must not change the store.
/** A deep copy of a stored value (tickets and audit rows hold Dates). */
export const copyOf = <T>(value: T): T => structuredClone(value);
