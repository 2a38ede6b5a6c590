import { type BookingStore, formatTicketNumber } from '@antrean/core';
import { okAsync, ResultAsync } from 'neverthrow';

type Break = (inner: BookingStore) => BookingStore;

/**
 * Numbers walk-ins by counting the day's tickets, then writing after a round trip: the
 * read-then-write counter of older queue systems. Right one at a time, repeats numbers at once.
 */
export const countsThenIssues: Break = (inner) => ({
  ...inner,
  issueWalkIn: (input) =>
    ResultAsync.fromSafePromise(
      (async () => {
        const day = (await inner.listTickets(input.officeId, input.date))._unsafeUnwrap();
        await new Promise((resolve) => setTimeout(resolve, 1));
        const sequence = day.filter((t) => t.series === input.series).length + 1;
        const ticket = (await inner.issueWalkIn(input))._unsafeUnwrap();
        return { ...ticket, sequence, number: formatTicketNumber(input.series, sequence) };
      })(),
    ),
});

/** Calls bookings only while any waits: walk-ins wait until the bookings are done. */
export const ignoresWalkInRatio: Break = (inner) => ({
  ...inner,
  callNext: (input) => inner.callNext({ ...input, walkInEvery: Number.MAX_SAFE_INTEGER }),
});

/** Keeps no audit trail. */
export const auditsNothing: Break = (inner) => ({
  ...inner,
  listAudit: () => okAsync([]),
});
