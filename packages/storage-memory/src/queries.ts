import { type Booking, deadlineHolds, type LocalDate, type SlotCounts } from '@antrean/core';
import { bookingsIn, dayKeyOf, holdsPlace, type MemoryState } from './memory-state';
import { bookingCopy } from './row-copies';

/** The applicant's active booking whose check-in deadline holds at `activeFrom` (core `deadlineHolds`). */
export const activeOf = (state: MemoryState, applicantKey: string, activeFrom: Date): Booking | undefined => {
  const open = bookingsIn(state, state.activeByApplicant.get(applicantKey)).find((booking) =>
    deadlineHolds(booking.checkInDeadline, activeFrom),
  );
  return open ? bookingCopy(open) : undefined;
};

/** The office's booking with this code, whatever its state; another office's code is not seen. */
export const byCodeAt = (state: MemoryState, officeId: string, code: string): Booking | undefined => {
  const booking = state.bookings.get(code);
  return booking && booking.officeId === officeId ? bookingCopy(booking) : undefined;
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
    .map(bookingCopy);
