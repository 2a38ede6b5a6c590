import type { MessageKey, RecordedReply, Reply } from '@antrean/core';
import type { ClientLike } from './pool-like';
import { REPLY_COLUMNS, replyOf } from './rows';
import type { Tables } from './tables';
import { ConcurrentChange } from './transaction';

/** The reply recorded for a message of this channel and sender, if any. */
export const findReplyWith = async (
  client: ClientLike,
  t: Tables,
  key: MessageKey,
): Promise<Reply | undefined> => {
  const found = await client.query(
    `SELECT ${REPLY_COLUMNS} FROM ${t.messages} WHERE channel = $1 AND sender = $2 AND message_id = $3`,
    [key.channel, key.sender, key.messageId],
  );
  const [row] = found.rows;
  return row ? replyOf(row) : undefined;
};

/** Insert one message row, parameters as `messageValues` gives them. */
const insertMessage = (t: Tables): string =>
  `INSERT INTO ${t.messages} (channel, sender, message_id, reply_text, outcome, received_at)
   VALUES ($1, $2, $3, $4, $5::jsonb, $6::timestamptz)`;

/** The parameters of `insertMessage`. */
const messageValues = (key: MessageKey, reply: Reply, at: Date): unknown[] => [
  key.channel,
  key.sender,
  key.messageId,
  reply.text,
  JSON.stringify(reply.outcome),
  at.toISOString(),
];

/**
 * Record a message's reply. A plain INSERT: if a concurrent delivery of the same message
 * recorded first, the primary key refuses this one (23505) and the caller's transaction is
 * rolled back and run again, then answering with the winner's reply.
 */
export const insertReply = async (
  client: ClientLike,
  t: Tables,
  key: MessageKey,
  reply: Reply,
  at: Date,
): Promise<void> => {
  await client.query(insertMessage(t), messageValues(key, reply, at));
};

/**
 * Record a reply unless the message has one; return the one in force. `ON CONFLICT DO NOTHING`
 * waits for a concurrent insert of the same key to commit, so the SELECT after it sees the winner.
 */
export const recordReplyWith = async (
  client: ClientLike,
  t: Tables,
  key: MessageKey,
  reply: Reply,
  at: Date,
): Promise<RecordedReply> => {
  const inserted = await client.query(
    `${insertMessage(t)}
     ON CONFLICT (channel, sender, message_id) DO NOTHING
     RETURNING ${REPLY_COLUMNS}`,
    messageValues(key, reply, at),
  );
  const [row] = inserted.rows;
  if (row) return { reply: replyOf(row), first: true };
  const stored = await findReplyWith(client, t, key);
  // Only a purge between the two statements leaves nothing: try the whole call again.
  if (!stored) throw new ConcurrentChange('the recorded reply was deleted meanwhile');
  return { reply: stored, first: false };
};
