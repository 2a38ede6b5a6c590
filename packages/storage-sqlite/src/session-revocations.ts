import type { SessionRevocations } from '@antrean/core';
import type { Connection } from './connection';
import type { Read } from './desk-backplane';

/** Session revocations in `revoked_sessions` and `revoked_users`: every process on the file sees them. */
export const sqliteRevocations = (conn: Connection, write: Read, read: Read): SessionRevocations => ({
  revokeSession: ({ sessionId, expiresAt }) =>
    write('revokeSession', () => {
      conn.run(
        `INSERT INTO revoked_sessions (session_id, expires_at) VALUES (?, ?)
         ON CONFLICT (session_id) DO UPDATE SET expires_at = MAX(expires_at, excluded.expires_at)`,
        sessionId,
        expiresAt.getTime(),
      );
    }),
  // MAX keeps the latest instant whichever revocation commits last.
  revokeUserSessions: ({ userName, before }) =>
    write('revokeUserSessions', () => {
      conn.run(
        `INSERT INTO revoked_users (user_name, revoked_before) VALUES (?, ?)
         ON CONFLICT (user_name) DO UPDATE SET revoked_before = MAX(revoked_before, excluded.revoked_before)`,
        userName,
        before.getTime(),
      );
    }),
  isSessionRevoked: ({ sessionId, userName, issuedAt }) =>
    read(
      'isSessionRevoked',
      () =>
        conn.get<{ revoked: number }>(
          `SELECT EXISTS (SELECT 1 FROM revoked_sessions WHERE session_id = ?)
               OR EXISTS (SELECT 1 FROM revoked_users WHERE user_name = ? AND revoked_before >= ?) AS revoked`,
          sessionId,
          userName,
          issuedAt.getTime(),
        )?.revoked === 1,
    ),
});
