import type { MessageKey, Reply, ReplyRecord } from '@antrean/core';
import { ER_DUP_ENTRY, errnoOf } from './errors';
import { type ConnectionLike, rowsOf } from './pool-like';
import { REPLY_COLUMNS, replyOf } from './rows';

/** The reply recorded for a message of this channel and sender, if any. */
export const findReplyWith = async (conn: ConnectionLike, key: MessageKey): Promise<Reply | undefined> => {
  const [row] = await rowsOf(
    conn.query(`SELECT ${REPLY_COLUMNS} FROM messages WHERE channel = ? AND sender = ? AND message_id = ?`, [
      key.channel,
      key.sender,
      key.messageId,
    ]),
  );
  return row ? replyOf(row) : undefined;
};

/** Insert the message's row; with a delivery it is also the pending outbox item, due at once. */
export const insertMessage = async (conn: ConnectionLike, record: ReplyRecord): Promise<void> => {
  const { key, reply, delivery } = record;
  const at = record.at.getTime();
  const base = [key.channel, key.sender, key.messageId, reply.text, JSON.stringify(reply.outcome), at];
  await (delivery
    ? conn.query(
        `INSERT INTO messages (channel, sender, message_id, reply_text, outcome, received_at,
           delivery_via, delivery_to, delivery_state, delivery_attempts, next_attempt_at, delivery_updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)`,
        [...base, delivery.via, delivery.to, at, at],
      )
    : conn.query(
        'INSERT INTO messages (channel, sender, message_id, reply_text, outcome, received_at) VALUES (?, ?, ?, ?, ?, ?)',
        base,
      ));
};

/**
 * Record a reply unless the message has one: true when this row was inserted. A concurrent
 * insert of the same key makes this one wait for its commit and then fail with a duplicate key,
 * which InnoDB undoes as a statement alone: false, and only the first reply carries a delivery.
 * (Not INSERT IGNORE: it would also turn a too-long value into a silently truncated row.)
 */
export const recordReply = async (conn: ConnectionLike, record: ReplyRecord): Promise<boolean> => {
  try {
    await insertMessage(conn, record);
    return true;
  } catch (error) {
    if (errnoOf(error) === ER_DUP_ENTRY) return false;
    throw error;
  }
};
