import { err, ok, type Result } from 'neverthrow';
import type { SessionSlot } from '../domain/booking';
import type { SlotCounts } from '../ports/booking-ledger';
import { hasRoom } from '../use-cases/capacity';

/** Every candidate session is at capacity. */
export interface SessionsFull {
  readonly type: 'SessionsFull';
}

/**
 * True when the slot has a place left given the places already taken. Capacity means what it means
 * to the use cases (`hasRoom`: a whole number above 0), so a closed session never has a place.
 */
export const hasPlaceLeft = (slot: SessionSlot, counts: SlotCounts): boolean =>
  hasRoom(slot) && (counts.get(slot.slotId) ?? 0) < slot.capacity;

/**
 * The earliest candidate with a place left. Stores apply the same rule inside their transaction;
 * this is also the model the store conformance suite compares them with.
 */
export const allocateSlot = (
  candidates: readonly SessionSlot[],
  counts: SlotCounts,
): Result<SessionSlot, SessionsFull> => {
  const slot = candidates.find((candidate) => hasPlaceLeft(candidate, counts));
  return slot ? ok(slot) : err({ type: 'SessionsFull' });
};
