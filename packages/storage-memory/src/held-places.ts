import type { Booking, LocalDate, SessionSlot, SlotCounts } from '@antrean/core';
import { dayKeyOf } from './memory-state';
import type { MemoryState } from './memory-tables';
import type { UndoLog } from './undo-log';

/** Add `by` to the places held in (office, date, slot), dropping entries that fall to 0. */
const adjust = (state: MemoryState, officeId: string, date: LocalDate, slotId: string, by: number): void => {
  const key = dayKeyOf(officeId, date);
  const slots = state.heldByDay.get(key) ?? new Map<string, number>();
  const held = (slots.get(slotId) ?? 0) + by;
  if (held > 0) slots.set(slotId, held);
  else slots.delete(slotId);
  if (slots.size > 0) state.heldByDay.set(key, slots);
  else state.heldByDay.delete(key);
};

/** One more place held in the slot only while fewer than `slot.capacity` are held; true when taken. */
export const takePlaceIn = (
  undo: UndoLog,
  state: MemoryState,
  officeId: string,
  slot: SessionSlot,
): boolean => {
  const held = state.heldByDay.get(dayKeyOf(officeId, slot.date))?.get(slot.slotId) ?? 0;
  if (!(held < slot.capacity)) return false;
  adjust(state, officeId, slot.date, slot.slotId, 1);
  undo.push(() => adjust(state, officeId, slot.date, slot.slotId, -1));
  return true;
};

/** The booking just written holds the place its transaction took, until it is released. */
export const holdPlace = (undo: UndoLog, state: MemoryState, code: string): void => {
  state.holding.add(code);
  undo.push(() => state.holding.delete(code));
};

/** Give back the place the booking holds, if it holds one (a second release changes nothing). */
export const releasePlace = (undo: UndoLog, state: MemoryState, booking: Booking): void => {
  if (!state.holding.delete(booking.code)) return;
  adjust(state, booking.officeId, booking.date, booking.slotId, -1);
  undo.push(() => {
    state.holding.add(booking.code);
    adjust(state, booking.officeId, booking.date, booking.slotId, 1);
  });
};

/** Places held per slot id of the office on these dates. */
export const countsOn = (state: MemoryState, officeId: string, dates: readonly LocalDate[]): SlotCounts => {
  const counts = new Map<string, number>();
  for (const date of new Set(dates)) {
    for (const [slotId, held] of state.heldByDay.get(dayKeyOf(officeId, date)) ?? [])
      counts.set(slotId, (counts.get(slotId) ?? 0) + held);
  }
  return counts;
};
