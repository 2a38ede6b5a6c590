import type { Booking, LocalDate, SlotCounts } from '@antrean/core';
import { bookingsIn, copyOf, dayKeyOf, holdsPlace, type MemoryState } from './memory-state';

/** The applicant's active booking whose check-in deadline is not before `now`. */
export const activeOf = (state: MemoryState, applicantKey: string, now: Date): Booking | undefined => {
  const open = bookingsIn(state, state.activeByApplicant.get(applicantKey)).find(
    (booking) => booking.checkInDeadline.getTime() >= now.getTime(),
  );
  return open ? copyOf(open) : undefined;
};

/** Places taken per slot id of the office on these dates. */
export const countsOn = (state: MemoryState, officeId: string, dates: readonly LocalDate[]): SlotCounts => {
  const counts = new Map<string, number>();
  for (const date of new Set(dates)) {
    for (const booking of bookingsIn(state, state.byDay.get(dayKeyOf(officeId, date)))) {
      if (holdsPlace(booking)) counts.set(booking.slotId, (counts.get(booking.slotId) ?? 0) + 1);
    }
  }
  return counts;
};

/** The office's bookings on a date, by session start, then creation, then code (a stable order). */
export const listOn = (state: MemoryState, officeId: string, date: LocalDate): readonly Booking[] =>
  bookingsIn(state, state.byDay.get(dayKeyOf(officeId, date)))
    .sort(
      (a, b) =>
        a.startsAt.getTime() - b.startsAt.getTime() ||
        a.createdAt.getTime() - b.createdAt.getTime() ||
        (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
    )
    .map(copyOf);
