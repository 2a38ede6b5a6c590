import type { SessionSlot } from '../domain/booking';

/**
 * Whether a session can take bookings at all: its capacity is a whole number above 0. Capacity 0
 * closes a session; `parseOfficeConfig` refuses negative and fractional ones, and this guard keeps
 * a hand-built slot from meaning something different in each store.
 */
export const hasRoom = (slot: Pick<SessionSlot, 'capacity'>): boolean =>
  Number.isInteger(slot.capacity) && slot.capacity > 0;
