import type { Migration } from './migrations';
import type { Tables } from './tables';

/** The channel every store's audit trigger notifies on; the payload is the store's schema. */
export const DESK_CHANNEL = 'antrean_desk';

/** The backplane's tables in one schema (kept here, beside the migration that creates them). */
export interface BackplaneTables {
  readonly revokedSessions: string;
  readonly revokedUsers: string;
  readonly leases: string;
  readonly auditNotify: string;
}

/** The backplane's qualified table names in the store's schema. */
export const backplaneTablesIn = (t: Tables): BackplaneTables => ({
  revokedSessions: `${t.quotedSchema}.revoked_sessions`,
  revokedUsers: `${t.quotedSchema}.revoked_users`,
  leases: `${t.quotedSchema}.work_leases`,
  auditNotify: `${t.quotedSchema}.audit_log_notify`,
});

/**
 * Migration 7: what lets several processes on one database act as one deployment. Revoked
 * sessions are kept until they would have expired; a user's revocation keeps its latest instant;
 * leases are one row per name. A statement-level trigger notifies `antrean_desk` after rows are
 * appended to the audit log, so the wake-up is sent at commit by whatever wrote the rows, and the
 * store's writes stay free of it. The index lets a feed read forward from an id within an office.
 */
export const backplaneMigration: Migration = {
  version: 7,
  name: 'desk backplane: revoked sessions and users, work leases, audit notify and index by id',
  statements: (t) => {
    const b = backplaneTablesIn(t);
    return [
      `CREATE TABLE IF NOT EXISTS ${b.revokedSessions} (
        session_id text PRIMARY KEY,
        expires_at timestamptz NOT NULL
      )`,
      `CREATE INDEX IF NOT EXISTS revoked_sessions_by_expiry ON ${b.revokedSessions} (expires_at)`,
      `CREATE TABLE IF NOT EXISTS ${b.revokedUsers} (
        user_name text PRIMARY KEY,
        revoked_before timestamptz NOT NULL
      )`,
      `CREATE TABLE IF NOT EXISTS ${b.leases} (
        name text PRIMARY KEY,
        holder text NOT NULL,
        until timestamptz NOT NULL
      )`,
      `CREATE INDEX IF NOT EXISTS audit_log_by_office_id ON ${t.audit} (office_id, id)`,
      `CREATE OR REPLACE FUNCTION ${b.auditNotify}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM pg_notify('${DESK_CHANNEL}', TG_TABLE_SCHEMA);
          RETURN NULL;
        END
      $$`,
      `CREATE TRIGGER audit_log_notify AFTER INSERT ON ${t.audit}
        FOR EACH STATEMENT EXECUTE FUNCTION ${b.auditNotify}()`,
    ];
  },
};
