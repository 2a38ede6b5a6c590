import { backplaneMigration } from './backplane-schema';
import { deskStatements } from './desk-schema';
import { outboxStatements } from './outbox-schema';
import { slotPurgeIndex } from './slot-purge-index';
import type { Tables } from './tables';

/** One schema change: applied once, in version order, recorded in `schema_migrations`. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  /** The statements, run in one transaction. Never destructive: only create or add. */
  readonly statements: (t: Tables) => readonly string[];
}

/**
 * The schema's history. Append new steps; never edit or remove an applied one, because replicas
 * that already ran it will not run it again.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'bookings, slot counters, messages and number bindings',
    statements: (t) => [
      `CREATE TABLE IF NOT EXISTS ${t.bookings} (
        code text PRIMARY KEY,
        office_id text NOT NULL,
        applicant_key text NOT NULL,
        applicant_name text NOT NULL,
        birth_date date NOT NULL,
        application_type text NOT NULL,
        phone text NOT NULL,
        slot_id text NOT NULL,
        date date NOT NULL,
        starts_at timestamptz NOT NULL,
        check_in_deadline timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('active', 'checked_in', 'cancelled', 'expired')),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`,
      // The database itself refuses a second active booking of one applicant, whoever races.
      `CREATE UNIQUE INDEX IF NOT EXISTS bookings_one_active_per_applicant
        ON ${t.bookings} (applicant_key) WHERE status = 'active'`,
      `CREATE INDEX IF NOT EXISTS bookings_by_office_day ON ${t.bookings} (office_id, date, starts_at)`,
      `CREATE INDEX IF NOT EXISTS bookings_by_start ON ${t.bookings} (starts_at)`,
      // Places held per session (active + checked_in bookings): the row capacity is enforced on.
      `CREATE TABLE IF NOT EXISTS ${t.slots} (
        office_id text NOT NULL,
        slot_id text NOT NULL,
        date date NOT NULL,
        starts_at timestamptz NOT NULL,
        held integer NOT NULL CHECK (held >= 0),
        PRIMARY KEY (office_id, slot_id)
      )`,
      `CREATE INDEX IF NOT EXISTS slots_by_office_day ON ${t.slots} (office_id, date)`,
      `CREATE TABLE IF NOT EXISTS ${t.messages} (
        channel text NOT NULL,
        message_id text NOT NULL,
        reply_text text NOT NULL,
        outcome jsonb NOT NULL,
        received_at timestamptz NOT NULL,
        PRIMARY KEY (channel, message_id)
      )`,
      `CREATE INDEX IF NOT EXISTS messages_by_received_at ON ${t.messages} (received_at)`,
      `CREATE TABLE IF NOT EXISTS ${t.bindings} (
        phone text PRIMARY KEY,
        applicant_key text NOT NULL,
        bound_at timestamptz NOT NULL
      )`,
      `CREATE INDEX IF NOT EXISTS bindings_by_bound_at ON ${t.bindings} (bound_at)`,
    ],
  },
  {
    version: 2,
    name: 'slot capacity kept on the counter, with a check that held never passes it',
    statements: (t) => [
      // A backstop in the database itself, as SQLite has: even a wrong UPDATE cannot overfill.
      // Rows from version 1 keep a NULL capacity until their next placement sets it.
      `ALTER TABLE ${t.slots} ADD COLUMN IF NOT EXISTS capacity integer CHECK (capacity >= 0)`,
      `ALTER TABLE ${t.slots} ADD CONSTRAINT slots_held_within_capacity
        CHECK (capacity IS NULL OR held <= capacity)`,
    ],
  },
  {
    version: 3,
    name: 'messages keyed by channel, sender and message id',
    statements: (t) => [
      // Some providers number messages per chat, so an id alone may name two senders' messages.
      // Older rows never recorded their sender and a guess could hand a reply to the wrong
      // person: they get '' (unknown) and stay until purge. A message redelivered across the
      // upgrade is handled again; the one-active-booking index still keeps it from booking twice.
      `ALTER TABLE ${t.messages} ADD COLUMN IF NOT EXISTS sender text NOT NULL DEFAULT ''`,
      `ALTER TABLE ${t.messages} ALTER COLUMN sender DROP DEFAULT`,
      `ALTER TABLE ${t.messages} DROP CONSTRAINT IF EXISTS messages_pkey`,
      `ALTER TABLE ${t.messages} ADD CONSTRAINT messages_pkey PRIMARY KEY (channel, sender, message_id)`,
    ],
  },
  {
    version: 4,
    name: 'reply delivery columns on messages: the outbox',
    statements: outboxStatements,
  },
  {
    version: 5,
    name: 'desk: queue tickets and the append-only audit log',
    statements: deskStatements,
  },
  slotPurgeIndex,
  backplaneMigration,
];
