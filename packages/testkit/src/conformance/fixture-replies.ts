import { type Booking, displayCode, type Reply } from '@antrean/core';

/** A confirmation reply for a booking; `label` makes replies of different calls tell apart. */
export const confirmation = (booking: Booking, label: string): Reply => ({
  text: `${label}: ${displayCode(booking.code)} ${booking.slotId}`,
  outcome: {
    kind: 'confirmed',
    code: displayCode(booking.code),
    date: booking.date,
    sessionStart: booking.startsAt.toISOString(),
    checkInDeadline: booking.checkInDeadline.toISOString(),
    applicationType: booking.applicationType,
  },
});

/** A reply that reports no booking (what a service records with `recordReply`). */
export const helpReply = (label: string): Reply => ({ text: `help ${label}`, outcome: { kind: 'help' } });
