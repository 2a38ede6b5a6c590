import type { MessageKey, RecordedReply, Reply } from '@antrean/core';
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

/**
 * Record a message's reply unless one is there, and return the reply in force. Call inside a
 * transaction: the primary key (channel, sender, message_id) makes a second writer's insert a no-op.
 */
export const recordReplyIn = (conn: Connection, key: MessageKey, reply: Reply, at: Date): RecordedReply => {
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
  if (inserted === 1) return { reply, first: true };
  return { reply: findReplyIn(conn, key) ?? reply, first: false };
};
