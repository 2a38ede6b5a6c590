import type { MarkCheckedInInput, MarkCheckedInResult } from '@antrean/core';
import { isLive } from './cancel';
import { type MemoryState, writeBooking } from './memory-state';
import { bookingCopy } from './row-copies';

/** Check in the office's active, unlapsed booking at `at`; anything else is left as it is. */
export const markCheckedInIn = (state: MemoryState, input: MarkCheckedInInput): MarkCheckedInResult => {
  const stored = state.bookings.get(input.code);
  if (!stored || stored.officeId !== input.officeId) return { type: 'Unchanged' };
  if (!isLive(stored, input.activeFrom)) return { type: 'Unchanged', booking: bookingCopy(stored) };
  const checkedIn = bookingCopy({ ...stored, status: 'checked_in' as const, updatedAt: input.at });
  writeBooking(state, checkedIn);
  return { type: 'CheckedIn', booking: bookingCopy(checkedIn) };
};
