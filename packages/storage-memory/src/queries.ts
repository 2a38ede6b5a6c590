import { type AuditEntry, type AuditQuery, type Booking, deadlineHolds, type LocalDate } from '@antrean/core';
import { bookingsIn, copyOf, dayKeyOf } from './memory-state';
import type { MemoryState } from './memory-tables';
import { bookingCopy } from './row-copies';

/** The applicant's active booking whose check-in deadline holds at the core's `activeFrom`. */
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

/** The office's audit rows in [from, to) below `beforeId`, newest first, at most `limit`. */
export const listAuditIn = (state: MemoryState, query: AuditQuery): readonly AuditEntry[] => {
  const rows: AuditEntry[] = [];
  for (let i = state.audit.length - 1; i >= 0 && rows.length < query.limit; i -= 1) {
    const row = state.audit[i];
    if (!row || row.officeId !== query.officeId) continue;
    if (query.beforeId !== undefined && row.id >= query.beforeId) continue;
    const at = row.at.getTime();
    if (at >= query.from.getTime() && at < query.to.getTime()) rows.push(copyOf(row));
  }
  return rows;
};
