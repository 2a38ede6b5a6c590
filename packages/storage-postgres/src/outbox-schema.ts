import type { Tables } from './tables';

/**
 * Migration 4: the messages table becomes the reply outbox. The columns are nullable and added
 * without a default, so PostgreSQL rewrites no row: rows from before the upgrade, and replies a
 * transport answers in its webhook response, have no delivery (all NULL) and are never claimed.
 * The CHECKs and the partial indexes read the table once, under its lock, inside the migration.
 */
export const outboxStatements = (t: Tables): readonly string[] => [
  // Item ids come from a sequence, never reused after a purge.
  `CREATE SEQUENCE IF NOT EXISTS ${t.deliveryIds} AS bigint`,
  `ALTER TABLE ${t.messages}
     ADD COLUMN IF NOT EXISTS delivery_id bigint,
     ADD COLUMN IF NOT EXISTS delivery_via text,
     ADD COLUMN IF NOT EXISTS delivery_to text,
     ADD COLUMN IF NOT EXISTS delivery_state text
       CHECK (delivery_state IN ('pending', 'sent', 'delivered', 'read', 'failed')),
     ADD COLUMN IF NOT EXISTS delivery_attempts integer CHECK (delivery_attempts >= 0),
     ADD COLUMN IF NOT EXISTS next_attempt_at timestamptz,
     ADD COLUMN IF NOT EXISTS lease_token text,
     ADD COLUMN IF NOT EXISTS lease_until timestamptz,
     ADD COLUMN IF NOT EXISTS provider_message_id text,
     ADD COLUMN IF NOT EXISTS last_error_code text,
     ADD COLUMN IF NOT EXISTS last_error_reason text,
     ADD COLUMN IF NOT EXISTS delivery_updated_at timestamptz`,
  // A delivery is whole or absent: a claim never meets a pending row without an address or a due time.
  `ALTER TABLE ${t.messages} ADD CONSTRAINT messages_delivery_complete CHECK (
     delivery_state IS NULL OR (delivery_id IS NOT NULL AND delivery_via IS NOT NULL
       AND delivery_to IS NOT NULL AND delivery_attempts IS NOT NULL AND next_attempt_at IS NOT NULL))`,
  `CREATE UNIQUE INDEX IF NOT EXISTS messages_by_delivery_id ON ${t.messages} (delivery_id)
     WHERE delivery_id IS NOT NULL`,
  // What claim scans: only pending rows, by due time.
  `CREATE INDEX IF NOT EXISTS messages_pending_by_next_attempt ON ${t.messages} (next_attempt_at)
     WHERE delivery_state = 'pending'`,
  // What status callbacks look up.
  `CREATE INDEX IF NOT EXISTS messages_by_provider_message_id ON ${t.messages} (provider_message_id)
     WHERE provider_message_id IS NOT NULL`,
];
