import type { SessionRevocations } from '@antrean/core';
import type { BackplaneTables } from './backplane-schema';
import type { Run } from './desk-backplane';

/** Session revocations in `revoked_sessions` and `revoked_users`: every replica sees them. */
export const postgresRevocations = (b: BackplaneTables, run: Run): SessionRevocations => ({
  revokeSession: ({ sessionId, expiresAt }) =>
    run('revokeSession', async (c) => {
      await c.query(
        `INSERT INTO ${b.revokedSessions} AS r (session_id, expires_at) VALUES ($1, $2::timestamptz)
         ON CONFLICT (session_id) DO UPDATE SET expires_at = GREATEST(r.expires_at, EXCLUDED.expires_at)`,
        [sessionId, expiresAt.toISOString()],
      );
    }),
  // GREATEST keeps the latest instant whichever revocation commits last.
  revokeUserSessions: ({ userName, before }) =>
    run('revokeUserSessions', async (c) => {
      await c.query(
        `INSERT INTO ${b.revokedUsers} AS r (user_name, revoked_before) VALUES ($1, $2::timestamptz)
         ON CONFLICT (user_name) DO UPDATE SET revoked_before = GREATEST(r.revoked_before, EXCLUDED.revoked_before)`,
        [userName, before.toISOString()],
      );
    }),
  isSessionRevoked: ({ sessionId, userName, issuedAt }) =>
    run('isSessionRevoked', async (c) => {
      const found = await c.query(
        `SELECT EXISTS (SELECT 1 FROM ${b.revokedSessions} WHERE session_id = $1)
             OR EXISTS (SELECT 1 FROM ${b.revokedUsers} WHERE user_name = $2 AND revoked_before >= $3::timestamptz)
             AS revoked`,
        [sessionId, userName, issuedAt.toISOString()],
      );
      return found.rows[0]?.revoked === true;
    }),
});
