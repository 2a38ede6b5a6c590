/**
 * Every table is InnoDB in utf8mb4 with a binary collation that does not pad: codes, keys and
 * phones compare byte for byte, so `a` ≠ `A` and `a` ≠ `a ` (utf8mb4_bin is PAD SPACE and would
 * make a message id with a trailing space a duplicate). MariaDB calls it utf8mb4_nopad_bin,
 * MySQL 8 utf8mb4_0900_bin; `migrate` picks the one the server has.
 */
export const tableOptions = (collation: string): string =>
  `ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation}`;

/**
 * Migration 1: bookings, slot counters, messages (the reply outbox) and number bindings. Instants
 * are epoch milliseconds (BIGINT): independent of the session's time_zone and of how the caller's
 * pool parses DATETIME. Dates are DATE, read back as text.
 */
export const ledgerStatements = (collation: string): readonly string[] => [
  `CREATE TABLE IF NOT EXISTS bookings (
    code VARCHAR(64) NOT NULL PRIMARY KEY,
    office_id VARCHAR(191) NOT NULL,
    applicant_key VARCHAR(255) NOT NULL,
    applicant_name VARCHAR(1000) NOT NULL,
    birth_date DATE NOT NULL,
    application_type VARCHAR(64) NOT NULL,
    phone VARCHAR(64) NOT NULL,
    slot_id VARCHAR(191) NOT NULL,
    date DATE NOT NULL,
    starts_at BIGINT NOT NULL,
    check_in_deadline BIGINT NOT NULL,
    status VARCHAR(16) NOT NULL CHECK (status IN ('active', 'checked_in', 'cancelled', 'expired')),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    -- NULL unless active: the unique index refuses a second active booking of one applicant
    -- (InnoDB has no partial index; NULLs never collide).
    active_applicant VARCHAR(255) AS (IF(status = 'active', applicant_key, NULL)) STORED,
    UNIQUE KEY bookings_one_active_per_applicant (active_applicant),
    KEY bookings_by_office_day (office_id, date, starts_at),
    KEY bookings_by_start (starts_at),
    KEY bookings_by_deadline (status, check_in_deadline)
  ) ${tableOptions(collation)}`,
  `CREATE TABLE IF NOT EXISTS slots (
    office_id VARCHAR(191) NOT NULL,
    slot_id VARCHAR(191) NOT NULL,
    date DATE NOT NULL,
    starts_at BIGINT NOT NULL,
    held INT NOT NULL CHECK (held >= 0),
    capacity INT NOT NULL CHECK (capacity >= 0),
    PRIMARY KEY (office_id, slot_id),
    KEY slots_by_office_day (office_id, date),
    CONSTRAINT slots_held_within_capacity CHECK (held <= capacity)
  ) ${tableOptions(collation)}`,
  // `seq` numbers every row; a row with a delivery is an outbox item whose id is its seq (InnoDB
  // keeps the AUTO_INCREMENT counter across restarts, so a purged item's id is never reused).
  `CREATE TABLE IF NOT EXISTS messages (
    channel VARCHAR(64) NOT NULL,
    sender VARCHAR(191) NOT NULL,
    message_id VARCHAR(255) NOT NULL,
    seq BIGINT NOT NULL AUTO_INCREMENT,
    reply_text MEDIUMTEXT NOT NULL,
    outcome MEDIUMTEXT NOT NULL,
    received_at BIGINT NOT NULL,
    delivery_via VARCHAR(255),
    delivery_to VARCHAR(255),
    delivery_state VARCHAR(16) CHECK (delivery_state IN ('pending', 'sent', 'delivered', 'read', 'failed')),
    delivery_attempts INT CHECK (delivery_attempts >= 0),
    next_attempt_at BIGINT,
    lease_token VARCHAR(255),
    lease_until BIGINT,
    provider_message_id VARCHAR(255),
    last_error_code VARCHAR(255),
    last_error_reason TEXT,
    delivery_updated_at BIGINT,
    PRIMARY KEY (channel, sender, message_id),
    UNIQUE KEY messages_by_seq (seq),
    KEY messages_by_received_at (received_at),
    KEY messages_pending_by_next_attempt (delivery_state, next_attempt_at),
    KEY messages_by_provider_message_id (provider_message_id),
    CONSTRAINT messages_delivery_complete CHECK (delivery_state IS NULL OR (delivery_via IS NOT NULL
      AND delivery_to IS NOT NULL AND delivery_attempts IS NOT NULL AND next_attempt_at IS NOT NULL))
  ) ${tableOptions(collation)}`,
  `CREATE TABLE IF NOT EXISTS bindings (
    phone VARCHAR(64) NOT NULL PRIMARY KEY,
    applicant_key VARCHAR(255) NOT NULL,
    bound_at BIGINT NOT NULL,
    KEY bindings_by_bound_at (bound_at)
  ) ${tableOptions(collation)}`,
];
