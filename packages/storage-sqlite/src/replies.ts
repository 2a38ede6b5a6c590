import type { MessageKey, Reply, ReplyDelivery, ReplyRecord } from '@antrean/core';
import type { Connection } from './connection';
import { type ReplyRow, toReply } from './rows';

/** The reply recorded for a message of this channel and sender, if any. */
export const findReplyIn = (conn: Connection, key: MessageKey): Reply | undefined => {
  const row = conn.get<ReplyRow>(
    'SELECT reply_text, outcome_json FROM messages WHERE channel = ? AND sender = ? AND message_id = ?',
    key.channel,
    key.sender,
    key.messageId,
  );
  return row ? toReply(row) : undefined;
};

/** Adds the pending delivery to the message row just inserted, with the next id of the sequence. */
const addDelivery = (conn: Connection, key: MessageKey, delivery: ReplyDelivery, at: Date): void => {
  conn.run(
    `UPDATE messages SET delivery_id = (SELECT last + 1 FROM delivery_sequence),
       delivery_via = ?, delivery_to = ?, delivery_state = 'pending', delivery_attempts = 0,
       next_attempt_at = ?, delivery_updated_at = ?
     WHERE channel = ? AND sender = ? AND message_id = ?`,
    delivery.via,
    delivery.to,
    at.getTime(),
    at.getTime(),
    key.channel,
    key.sender,
    key.messageId,
  );
  conn.run('UPDATE delivery_sequence SET last = last + 1');
};

/**
 * Record a message's reply unless one is there; true when this call recorded it. The primary key
 * (channel, sender, message_id) makes a second insert a no-op. With `delivery`, the recording is
 * also the pending outbox item, due at once, in the same transaction; a redelivery adds nothing.
 */
export const recordReplyIn = (conn: Connection, { key, reply, at, delivery }: ReplyRecord): boolean => {
  const inserted = conn.run(
    `INSERT INTO messages (channel, sender, message_id, reply_text, outcome_json, received_at)
     VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (channel, sender, message_id) DO NOTHING`,
    key.channel,
    key.sender,
    key.messageId,
    reply.text,
    JSON.stringify(reply.outcome),
    at.getTime(),
  );
  if (inserted !== 1) return false;
  if (delivery) addDelivery(conn, key, delivery, at);
  return true;
};
