import {
  type AuditEntry,
  type AuditQuery,
  deadlineHolds,
  type LocalDate,
  type QueueTicket,
} from '@antrean/core';
import type { CounterState } from './counter-state';
import { bookingsIn, copyOf, dayKeyOf, type MemoryState, writeBooking } from './memory-state';

/** Every ticket of the office day, in issue order. */
export const listTicketsIn = (
  desk: CounterState,
  officeId: string,
  date: LocalDate,
): readonly QueueTicket[] => (desk.tickets.get(dayKeyOf(officeId, date)) ?? []).map(copyOf);

/** The office's audit rows in [from, to) below `beforeId`, newest first, at most `limit`. */
export const listAuditIn = (desk: CounterState, query: AuditQuery): readonly AuditEntry[] => {
  const rows: AuditEntry[] = [];
  for (let i = desk.audit.length - 1; i >= 0 && rows.length < query.limit; i -= 1) {
    const row = desk.audit[i];
    if (!row || row.officeId !== query.officeId) continue;
    if (query.beforeId !== undefined && row.id >= query.beforeId) continue;
    const at = row.at.getTime();
    if (at >= query.from.getTime() && at < query.to.getTime()) rows.push(copyOf(row));
  }
  return rows;
};

/** Active bookings (of one office or all) lapsed at `activeFrom` become expired, freeing their places. */
export const expireLapsedIn = (
  state: MemoryState,
  input: { readonly activeFrom: Date; readonly at: Date; readonly officeId?: string },
): number => {
  let expired = 0;
  // Only active bookings can lapse: the applicant index lists exactly those.
  const active = [...state.activeByApplicant.values()].flatMap((codes) => bookingsIn(state, codes));
  for (const booking of active) {
    if (deadlineHolds(booking.checkInDeadline, input.activeFrom)) continue;
    if (input.officeId !== undefined && booking.officeId !== input.officeId) continue;
    writeBooking(state, { ...booking, status: 'expired', updatedAt: new Date(input.at) });
    expired += 1;
  }
  return expired;
};
