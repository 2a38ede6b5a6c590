/** The hand-written baselines' booking row, in the column order of their `raw_bookings` tables. */
import type { ReserveInput, SessionSlot } from '@antrean/core';

/** code, office, applicant, phone, session, its start, created: the values of one `raw_bookings` row. */
export const rawBookingRow = (booking: ReserveInput['booking'], slot: SessionSlot): unknown[] => [
  booking.code,
  booking.officeId,
  booking.applicantKey,
  booking.phone,
  slot.slotId,
  slot.startsAt,
  booking.createdAt,
];
