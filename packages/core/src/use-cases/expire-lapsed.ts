import { deadlineHolds } from '../expiry/active-from';
import type { LedgerPrimitives } from '../ports/store-primitives';

/** How many lapsed bookings one sweep step reads at a time. */
const SWEEP_PAGE = 500;

/** Expire these active bookings at `at` and give back their places; returns how many changed. */
export const expireBookings = async (
  tx: LedgerPrimitives,
  codes: readonly string[],
  at: Date,
): Promise<number> =>
  codes.length === 0
    ? 0
    : (await tx.changeStatus({ codes, from: 'active', to: 'expired', at, release: true })).length;

/**
 * The expiry sweep: active bookings (of one office, or all) whose check-in deadline is before
 * `activeFrom` become `expired` at `at`, and their places are freed. Returns how many changed.
 */
export const expireLapsedOver = async (
  tx: LedgerPrimitives,
  input: { readonly activeFrom: Date; readonly at: Date; readonly officeId?: string },
): Promise<number> => {
  let total = 0;
  for (;;) {
    const page = await tx.lapsedBookings({
      before: input.activeFrom,
      ...(input.officeId === undefined ? {} : { officeId: input.officeId }),
      limit: SWEEP_PAGE,
    });
    // The store's threshold is re-judged here, so a store that read too much changes nothing wrong.
    const lapsed = page.filter((booking) => !deadlineHolds(booking.checkInDeadline, input.activeFrom));
    const changed = await expireBookings(
      tx,
      lapsed.map((booking) => booking.code),
      input.at,
    );
    total += changed;
    if (page.length < SWEEP_PAGE || changed === 0) return total;
  }
};
