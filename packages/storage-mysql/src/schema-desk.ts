import { tableOptions } from './schema-ledger';

/**
 * Migration 2: the counter desk. Tickets unique by number and by (series, sequence), one per
 * booking code, one call order per day, one called ticket per counter (a generated column, NULL
 * unless called, stands in for PostgreSQL's partial index); `id` is the issue order. Every change
 * to a day's tickets first locks its `ticket_days` row. The audit trail's triggers refuse UPDATE
 * and DELETE: it is append-only in the database itself (TRUNCATE fires no trigger in MySQL).
 */
export const deskStatements = (collation: string): readonly string[] => [
  `CREATE TABLE IF NOT EXISTS queue_tickets (
    id BIGINT NOT NULL AUTO_INCREMENT,
    office_id VARCHAR(191) NOT NULL,
    date DATE NOT NULL,
    number VARCHAR(64) NOT NULL,
    series VARCHAR(32) NOT NULL,
    sequence INT NOT NULL CHECK (sequence >= 1),
    kind VARCHAR(16) NOT NULL CHECK (kind IN ('booking', 'walk_in')),
    code VARCHAR(64),
    session_starts_at BIGINT,
    reason TEXT,
    issued_at BIGINT NOT NULL,
    issued_by VARCHAR(255) NOT NULL,
    status VARCHAR(16) NOT NULL CHECK (status IN ('waiting', 'called', 'served', 'absent')),
    counter VARCHAR(64),
    call_order INT,
    called_at BIGINT,
    calls INT NOT NULL DEFAULT 0 CHECK (calls >= 0),
    finished_at BIGINT,
    called_counter VARCHAR(64) AS (IF(status = 'called', counter, NULL)) STORED,
    PRIMARY KEY (office_id, date, number),
    UNIQUE KEY queue_tickets_by_id (id),
    UNIQUE KEY queue_tickets_by_series (office_id, date, series, sequence),
    UNIQUE KEY queue_tickets_by_code (office_id, code),
    UNIQUE KEY queue_tickets_by_call_order (office_id, date, call_order),
    UNIQUE KEY queue_tickets_one_called_per_counter (office_id, date, called_counter)
  ) ${tableOptions(collation)}`,
  `CREATE TABLE IF NOT EXISTS ticket_days (
    office_id VARCHAR(191) NOT NULL,
    date DATE NOT NULL,
    PRIMARY KEY (office_id, date)
  ) ${tableOptions(collation)}`,
  `CREATE TABLE IF NOT EXISTS audit_log (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    office_id VARCHAR(191) NOT NULL,
    at BIGINT NOT NULL,
    officer VARCHAR(255) NOT NULL,
    action VARCHAR(16) NOT NULL CHECK (action IN ('check_in', 'walk_in', 'call', 'recall', 'served', 'absent')),
    code VARCHAR(64),
    ticket VARCHAR(64),
    counter VARCHAR(64),
    detail TEXT,
    KEY audit_log_by_office_at (office_id, at),
    KEY audit_log_by_office_id (office_id, id)
  ) ${tableOptions(collation)}`,
  `CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only'`,
  `CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_log is append-only'`,
];

/** Migration 3: the desk backplane: revoked sessions and users, work leases. */
export const backplaneStatements = (collation: string): readonly string[] => [
  `CREATE TABLE IF NOT EXISTS revoked_sessions (
    session_id VARCHAR(255) NOT NULL PRIMARY KEY,
    expires_at BIGINT NOT NULL,
    KEY revoked_sessions_by_expiry (expires_at)
  ) ${tableOptions(collation)}`,
  `CREATE TABLE IF NOT EXISTS revoked_users (
    user_name VARCHAR(255) NOT NULL PRIMARY KEY,
    revoked_before BIGINT NOT NULL
  ) ${tableOptions(collation)}`,
  `CREATE TABLE IF NOT EXISTS work_leases (
    name VARCHAR(255) NOT NULL PRIMARY KEY,
    holder VARCHAR(255) NOT NULL,
    until BIGINT NOT NULL
  ) ${tableOptions(collation)}`,
];
