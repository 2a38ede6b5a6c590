import type { Booking } from '@antrean/core';
import { replaceBooking } from './memory-state';
import type { MemoryState } from './memory-tables';

/** A transaction's undo steps, in the order its writes ran; a rollback runs them in reverse. */
export type UndoLog = Array<() => void>;

/** Run the undo steps, last first, leaving the log empty. */
export const rollBack = (undo: UndoLog): void => {
  for (let step = undo.pop(); step; step = undo.pop()) step();
};

/** Set (or, with `value` undefined, delete) a map entry; the undo puts back the entry or its absence. */
export const setEntry = <K, V>(undo: UndoLog, map: Map<K, V>, key: K, value: V | undefined): void => {
  const had = map.has(key);
  const previous = map.get(key);
  if (value === undefined) map.delete(key);
  else map.set(key, value);
  undo.push(() => {
    if (had) map.set(key, previous as V);
    else map.delete(key);
  });
};

/** Insert, replace (`to`) or delete (`to` undefined) the booking row `code`, indexes included. */
export const putBooking = (undo: UndoLog, state: MemoryState, code: string, to?: Booking): void => {
  const from = state.bookings.get(code);
  replaceBooking(state, from, to);
  undo.push(() => replaceBooking(state, to, from));
};
