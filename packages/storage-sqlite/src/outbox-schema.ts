// Migration 4: the messages table becomes the reply outbox. Every column is nullable and added
// with ALTER TABLE (no rebuild): rows from before the upgrade, and replies a transport answers in
// its webhook response, have no delivery (all NULL) and are never claimed. `delivery_id` is the
// item's id, drawn from `delivery_sequence` so it is never reused after a purge (a rowid would
// be renumbered by VACUUM). Instants are epoch milliseconds, like every instant of the schema.
/** The SQL of the outbox migration. */
export const outboxColumns = `
ALTER TABLE messages ADD COLUMN delivery_id INTEGER;
ALTER TABLE messages ADD COLUMN delivery_via TEXT;
ALTER TABLE messages ADD COLUMN delivery_to TEXT;
ALTER TABLE messages ADD COLUMN delivery_state TEXT
  CHECK (delivery_state IN ('pending', 'sent', 'delivered', 'read', 'failed'));
ALTER TABLE messages ADD COLUMN delivery_attempts INTEGER CHECK (delivery_attempts >= 0);
ALTER TABLE messages ADD COLUMN next_attempt_at INTEGER;
ALTER TABLE messages ADD COLUMN lease_token TEXT;
ALTER TABLE messages ADD COLUMN lease_until INTEGER;
ALTER TABLE messages ADD COLUMN provider_message_id TEXT;
ALTER TABLE messages ADD COLUMN last_error_code TEXT;
ALTER TABLE messages ADD COLUMN last_error_reason TEXT;
ALTER TABLE messages ADD COLUMN delivery_updated_at INTEGER;

CREATE UNIQUE INDEX messages_by_delivery_id ON messages (delivery_id) WHERE delivery_id IS NOT NULL;
CREATE INDEX messages_pending_by_next_attempt ON messages (next_attempt_at) WHERE delivery_state = 'pending';
CREATE INDEX messages_by_provider_message_id ON messages (provider_message_id)
  WHERE provider_message_id IS NOT NULL;

CREATE TABLE delivery_sequence (
  one  INTEGER NOT NULL PRIMARY KEY CHECK (one = 1),
  last INTEGER NOT NULL
) STRICT;
INSERT INTO delivery_sequence (one, last) VALUES (1, 0);
`;
