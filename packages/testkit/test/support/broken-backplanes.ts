import type { BookingStore, DeskBackplane } from '@antrean/core';
import { okAsync } from 'neverthrow';

type Backplaned = BookingStore & DeskBackplane;

/** Grants every lease to whoever asks: never exclusive. */
export const sharesLeases = (inner: Backplaned): Backplaned => ({
  ...inner,
  acquireLease: () => okAsync(true),
});

/** Counts a lease as held up to and including its `until` (`until <= now` still held). */
export const holdsAtUntil = (inner: Backplaned): Backplaned => ({
  ...inner,
  acquireLease: (input) => inner.acquireLease({ ...input, now: new Date(input.now.getTime() - 1) }),
});

/** A watch that never wakes its listener. */
export const neverWakes = (inner: Backplaned): Backplaned => ({ ...inner, watchDesk: () => () => {} });

/** Lets the last of a user's revocations win, even when it names an older instant. */
export const lastRevocationWins = (inner: Backplaned): Backplaned => {
  const users = new Map<string, Date>();
  return {
    ...inner,
    revokeUserSessions: ({ userName, before }) => {
      users.set(userName, before);
      return okAsync(undefined);
    },
    isSessionRevoked: ({ sessionId, userName, issuedAt }) =>
      inner
        .isSessionRevoked({ sessionId, userName: `${userName} (sessions only)`, issuedAt })
        .map((voided) => voided || issuedAt.getTime() <= (users.get(userName)?.getTime() ?? -1)),
  };
};

/** Gives the newest rows first from `auditAfter`. */
export const feedsNewestFirst = (inner: Backplaned): Backplaned => ({
  ...inner,
  auditAfter: (query) => inner.auditAfter(query).map((rows) => [...rows].reverse()),
});
