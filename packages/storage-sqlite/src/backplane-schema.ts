// Migration 7: what lets several processes on one file act as one deployment. Revoked sessions
// are kept until they would have expired (purge may drop them after); a user's revocation keeps
// only its latest instant. Work leases are one row per name. The audit log gets an index by
// office and id, so a desk feed reads forward from an id without scanning the office's history.
/** The SQL of migration 7. */
export const backplaneTables = `
CREATE TABLE revoked_sessions (
  session_id TEXT    NOT NULL PRIMARY KEY,
  expires_at INTEGER NOT NULL
) STRICT;

CREATE INDEX revoked_sessions_by_expiry ON revoked_sessions (expires_at);

CREATE TABLE revoked_users (
  user_name      TEXT    NOT NULL PRIMARY KEY,
  revoked_before INTEGER NOT NULL
) STRICT;

CREATE TABLE work_leases (
  name   TEXT    NOT NULL PRIMARY KEY,
  holder TEXT    NOT NULL,
  until  INTEGER NOT NULL
) STRICT;

CREATE INDEX audit_log_by_office_id ON audit_log (office_id, id);
`;
