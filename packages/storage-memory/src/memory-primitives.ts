import type { LedgerPrimitives } from '@antrean/core';
import { bookingPrimitives } from './booking-primitives';
import type { MemoryState } from './memory-tables';
import { purgeRowsIn } from './purge-rows';
import { ticketPrimitives } from './ticket-primitives';
import type { UndoLog } from './undo-log';

/** Every store primitive over the state, for one transaction: each write records its undo in `undo`. */
export const memoryPrimitives = (state: MemoryState, undo: UndoLog): LedgerPrimitives => ({
  ...bookingPrimitives(state, undo),
  ...ticketPrimitives(state, undo),
  purgeRows: async (thresholds) => purgeRowsIn(undo, state, thresholds),
});
