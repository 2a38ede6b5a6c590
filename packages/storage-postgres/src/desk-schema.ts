import type { Tables } from './tables';

/**
 * Migration 5: the counter desk. Tickets of each office day, unique by number and by (series,
 * sequence), one per booking code, one called per counter; `id` is the issue order. Every change
 * to a day's tickets first locks that day's `ticket_days` row, so processes take turns per
 * office day. The audit trail's ids come from an identity column and a trigger refuses every
 * UPDATE, DELETE and TRUNCATE of it: the trail is append-only in the database itself.
 */
export const deskStatements = (t: Tables): readonly string[] => [
  `CREATE TABLE IF NOT EXISTS ${t.tickets} (
    id bigint GENERATED ALWAYS AS IDENTITY,
    office_id text NOT NULL,
    date date NOT NULL,
    number text NOT NULL,
    series text NOT NULL,
    sequence integer NOT NULL CHECK (sequence >= 1),
    kind text NOT NULL CHECK (kind IN ('booking', 'walk_in')),
    code text,
    session_starts_at timestamptz,
    reason text,
    issued_at timestamptz NOT NULL,
    issued_by text NOT NULL,
    status text NOT NULL CHECK (status IN ('waiting', 'called', 'served', 'absent')),
    counter text,
    call_order integer,
    called_at timestamptz,
    calls integer NOT NULL DEFAULT 0 CHECK (calls >= 0),
    finished_at timestamptz,
    PRIMARY KEY (office_id, date, number),
    UNIQUE (office_id, date, series, sequence)
  )`,
  `CREATE UNIQUE INDEX IF NOT EXISTS queue_tickets_by_code ON ${t.tickets} (office_id, code)
    WHERE code IS NOT NULL`,
  `CREATE UNIQUE INDEX IF NOT EXISTS queue_tickets_by_call_order ON ${t.tickets} (office_id, date, call_order)
    WHERE call_order IS NOT NULL`,
  `CREATE UNIQUE INDEX IF NOT EXISTS queue_tickets_one_called_per_counter ON ${t.tickets} (office_id, date, counter)
    WHERE status = 'called'`,
  `CREATE TABLE IF NOT EXISTS ${t.ticketDays} (
    office_id text NOT NULL,
    date date NOT NULL,
    PRIMARY KEY (office_id, date)
  )`,
  `CREATE TABLE IF NOT EXISTS ${t.audit} (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    office_id text NOT NULL,
    at timestamptz NOT NULL,
    officer text NOT NULL,
    action text NOT NULL CHECK (action IN ('check_in', 'walk_in', 'call', 'recall', 'served', 'absent')),
    code text,
    ticket text,
    counter text,
    detail text
  )`,
  `CREATE INDEX IF NOT EXISTS audit_log_by_office_at ON ${t.audit} (office_id, at)`,
  `CREATE OR REPLACE FUNCTION ${t.auditGuard}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'restrict_violation';
    END
  $$`,
  `CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON ${t.audit}
    FOR EACH ROW EXECUTE FUNCTION ${t.auditGuard}()`,
  `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON ${t.audit}
    FOR EACH STATEMENT EXECUTE FUNCTION ${t.auditGuard}()`,
];
