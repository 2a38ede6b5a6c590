/**
 * The schema as an ordered list of migrations. A migration is never edited once released and
 * never loses data (a table SQLite cannot alter is rebuilt with every row copied): a change is a
 * new step at the end. Instants are integer epoch
 * milliseconds; local dates and times stay text as the core gives them.
 */

import { backplaneTables } from './backplane-schema';
import { deskTables } from './desk-schema';
import { outboxColumns } from './outbox-schema';
import { scaleIndexes } from './scale-indexes';

/** One schema step, applied once, in its own transaction. */
export interface SqliteMigration {
  /** 1, 2, 3, … in order; recorded in `schema_migrations`. */
  readonly version: number;
  /** What the step does, for people reading `schema_migrations`. */
  readonly name: string;
  readonly sql: string;
}

const tables = `
CREATE TABLE slot_counters (
  office_id  TEXT    NOT NULL,
  slot_id    TEXT    NOT NULL,
  date       TEXT    NOT NULL,
  starts_at  INTEGER NOT NULL,
  capacity   INTEGER NOT NULL CHECK (capacity >= 0),
  held       INTEGER NOT NULL DEFAULT 0 CHECK (held >= 0 AND held <= capacity),
  PRIMARY KEY (office_id, slot_id)
) STRICT;

CREATE TABLE bookings (
  code              TEXT    NOT NULL PRIMARY KEY,
  office_id         TEXT    NOT NULL,
  applicant_key     TEXT    NOT NULL,
  applicant_name    TEXT    NOT NULL,
  birth_date        TEXT    NOT NULL,
  application_type  TEXT    NOT NULL,
  phone             TEXT    NOT NULL,
  slot_id           TEXT    NOT NULL,
  date              TEXT    NOT NULL,
  starts_at         INTEGER NOT NULL,
  check_in_deadline INTEGER NOT NULL,
  status            TEXT    NOT NULL CHECK (status IN ('active', 'checked_in', 'cancelled', 'expired')),
  created_at        INTEGER NOT NULL,
  updated_at        INTEGER NOT NULL,
  FOREIGN KEY (office_id, slot_id) REFERENCES slot_counters (office_id, slot_id)
) STRICT;

CREATE UNIQUE INDEX bookings_one_active_per_applicant ON bookings (applicant_key) WHERE status = 'active';

CREATE TABLE messages (
  channel      TEXT    NOT NULL,
  message_id   TEXT    NOT NULL,
  reply_text   TEXT    NOT NULL,
  outcome_json TEXT    NOT NULL,
  received_at  INTEGER NOT NULL,
  PRIMARY KEY (channel, message_id)
) STRICT;

CREATE TABLE number_bindings (
  phone         TEXT    NOT NULL PRIMARY KEY,
  applicant_key TEXT    NOT NULL,
  bound_at      INTEGER NOT NULL
) STRICT;
`;

const indexes = `
CREATE INDEX bookings_by_day ON bookings (office_id, date, starts_at, created_at);
CREATE INDEX bookings_by_start ON bookings (starts_at);
CREATE INDEX messages_by_received ON messages (received_at);
CREATE INDEX number_bindings_by_bound ON number_bindings (bound_at);
`;

// SQLite cannot change a primary key in place: the table is rebuilt and its rows copied. Older
// rows never recorded their sender, and guessing one could hand a reply to the wrong person, so
// they get '' (unknown) and stay until purge. A message redelivered across the upgrade is
// handled again; the applicant's one active booking still keeps it from booking twice.
const messagesBySender = `
CREATE TABLE messages_by_sender (
  channel      TEXT    NOT NULL,
  sender       TEXT    NOT NULL,
  message_id   TEXT    NOT NULL,
  reply_text   TEXT    NOT NULL,
  outcome_json TEXT    NOT NULL,
  received_at  INTEGER NOT NULL,
  PRIMARY KEY (channel, sender, message_id)
) STRICT;

INSERT INTO messages_by_sender (channel, sender, message_id, reply_text, outcome_json, received_at)
  SELECT channel, '', message_id, reply_text, outcome_json, received_at FROM messages;

DROP TABLE messages;
ALTER TABLE messages_by_sender RENAME TO messages;
CREATE INDEX messages_by_received ON messages (received_at);
`;

/** Every migration, oldest first. */
export const sqliteMigrations: readonly SqliteMigration[] = [
  { version: 1, name: 'bookings, slot counters, messages, number bindings', sql: tables },
  { version: 2, name: 'indexes for the day list and retention', sql: indexes },
  { version: 3, name: 'messages keyed by channel, sender and message id', sql: messagesBySender },
  { version: 4, name: 'reply delivery columns on messages: the outbox', sql: outboxColumns },
  { version: 5, name: 'desk: queue tickets and the append-only audit log', sql: deskTables },
  { version: 6, name: 'indexes that keep purge and slot counts flat at scale', sql: scaleIndexes },
  {
    version: 7,
    name: 'desk backplane: revoked sessions, work leases, audit by office and id',
    sql: backplaneTables,
  },
];

/** The schema version this build of the adapter migrates a database to (the last step's). */
export const sqliteSchemaVersion: number = sqliteMigrations.at(-1)?.version ?? 0;

/** The whole schema as SQL, migration by migration (for documentation and inspection). */
export const sqliteSchemaSql: string = sqliteMigrations
  .map((step) => `-- migration ${step.version}: ${step.name}\n${step.sql.trim()}\n`)
  .join('\n');
