// Migration 5: the counter desk. Queue tickets of each office day, and the audit trail. A
// ticket's number is unique per office day and its (series, sequence) too, so even a wrong write
// cannot repeat a number; one booking code has at most one ticket; a counter has at most one
// ticket called at a time. The audit log's ids come from AUTOINCREMENT, so they are never reused,
// and triggers refuse every UPDATE and DELETE of it: the trail is append-only in the file itself.
/** The SQL of the desk migration. */
export const deskTables = `
CREATE TABLE queue_tickets (
  office_id         TEXT    NOT NULL,
  date              TEXT    NOT NULL,
  number            TEXT    NOT NULL,
  series            TEXT    NOT NULL,
  sequence          INTEGER NOT NULL CHECK (sequence >= 1),
  kind              TEXT    NOT NULL CHECK (kind IN ('booking', 'walk_in')),
  code              TEXT,
  session_starts_at INTEGER,
  reason            TEXT,
  issued_at         INTEGER NOT NULL,
  issued_by         TEXT    NOT NULL,
  status            TEXT    NOT NULL CHECK (status IN ('waiting', 'called', 'served', 'absent')),
  counter           TEXT,
  call_order        INTEGER,
  called_at         INTEGER,
  calls             INTEGER NOT NULL DEFAULT 0 CHECK (calls >= 0),
  finished_at       INTEGER,
  PRIMARY KEY (office_id, date, number),
  UNIQUE (office_id, date, series, sequence)
) STRICT;

CREATE UNIQUE INDEX queue_tickets_by_code ON queue_tickets (office_id, code) WHERE code IS NOT NULL;
CREATE UNIQUE INDEX queue_tickets_by_call_order ON queue_tickets (office_id, date, call_order)
  WHERE call_order IS NOT NULL;
CREATE UNIQUE INDEX queue_tickets_one_called_per_counter ON queue_tickets (office_id, date, counter)
  WHERE status = 'called';

CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY AUTOINCREMENT,
  office_id TEXT    NOT NULL,
  at        INTEGER NOT NULL,
  officer   TEXT    NOT NULL,
  action    TEXT    NOT NULL CHECK (action IN ('check_in', 'walk_in', 'call', 'recall', 'served', 'absent')),
  code      TEXT,
  ticket    TEXT,
  counter   TEXT,
  detail    TEXT
) STRICT;

CREATE INDEX audit_log_by_office_at ON audit_log (office_id, at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
`;
