import type { SessionRevocations } from '@antrean/core';
import type { Run } from './desk-backplane';

/** Voided sessions (until their expiry) and per-user "issued before" instants. */
export interface RevocationState {
  readonly sessions: Map<string, Date>;
  readonly users: Map<string, Date>;
}

/** No revocations yet. */
export const createRevocationState = (): RevocationState => ({ sessions: new Map(), users: new Map() });

/** Session revocations kept in this process's memory (a restart forgets them, like every memory row). */
export const memoryRevocations = (state: RevocationState, run: Run): SessionRevocations => ({
  revokeSession: ({ sessionId, expiresAt }) =>
    run('revokeSession', () => {
      state.sessions.set(sessionId, new Date(expiresAt));
    }),
  revokeUserSessions: ({ userName, before }) =>
    run('revokeUserSessions', () => {
      const known = state.users.get(userName);
      // The latest instant wins: a late-arriving older revocation must not shorten a newer one.
      if (!known || known.getTime() < before.getTime()) state.users.set(userName, new Date(before));
    }),
  isSessionRevoked: ({ sessionId, userName, issuedAt }) =>
    run('isSessionRevoked', () => {
      if (state.sessions.has(sessionId)) return true;
      const before = state.users.get(userName);
      return before !== undefined && issuedAt.getTime() <= before.getTime();
    }),
});
