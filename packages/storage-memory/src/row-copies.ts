import type { Booking, Reply } from '@antrean/core';

/**
 * A booking as the store hands it out or keeps it: its own Dates and applicant, so a caller that
 * changes a returned Date cannot reach the stored row. The strings are immutable and shared;
 * a few small objects instead of a `structuredClone` of the whole row.
 */
export const bookingCopy = (booking: Booking): Booking => ({
  ...booking,
  applicant: { ...booking.applicant },
  startsAt: new Date(booking.startsAt.getTime()),
  checkInDeadline: new Date(booking.checkInDeadline.getTime()),
  createdAt: new Date(booking.createdAt.getTime()),
  updatedAt: new Date(booking.updatedAt.getTime()),
});

/** A deep copy of plain data (objects, arrays, primitives), every level frozen. */
const frozenCopy = <T>(value: T): T => {
  if (typeof value !== 'object' || value === null) return value;
  // Outcomes carry no Dates; should one appear, it gets its own copy rather than a shared mutable one.
  if (value instanceof Date) return new Date(value.getTime()) as T;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? value.map(frozenCopy) : {};
  if (!Array.isArray(value)) {
    for (const [key, field] of Object.entries(value))
      (copy as Record<string, unknown>)[key] = frozenCopy(field);
  }
  return Object.freeze(copy) as T;
};

/**
 * A reply as the store keeps it: copied once when written and frozen, so every later read can
 * return the same object; nobody can change it, the caller that wrote it included.
 */
export const frozenReply = (reply: Reply): Reply => frozenCopy(reply);
