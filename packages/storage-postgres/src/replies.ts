import type { MessageKey, MessageToRecord, RecordedReply, Reply, ReplyDelivery } from '@antrean/core';
import type { ClientLike } from './pool-like';
import { runNamed } from './prepared';
import { REPLY_COLUMNS, replyOf } from './rows';
import type { Tables } from './tables';
import { ConcurrentChange } from './transaction';

/** The reply recorded for a message of this channel and sender, if any. */
export const findReplyWith = async (
  client: ClientLike,
  t: Tables,
  key: MessageKey,
): Promise<Reply | undefined> => {
  const found = await runNamed(
    client,
    `SELECT ${REPLY_COLUMNS} FROM ${t.messages} WHERE channel = $1 AND sender = $2 AND message_id = $3`,
    [key.channel, key.sender, key.messageId],
  );
  const [row] = found.rows;
  return row ? replyOf(row) : undefined;
};

/**
 * Insert one message row, parameters as `messageValues` gives them. With a delivery, the row is
 * also the pending outbox item, due at once, its id drawn from the sequence ($7).
 */
export const insertMessage = (t: Tables, delivery: ReplyDelivery | undefined): string =>
  delivery
    ? `INSERT INTO ${t.messages} (channel, sender, message_id, reply_text, outcome, received_at,
         delivery_id, delivery_via, delivery_to, delivery_state, delivery_attempts, next_attempt_at,
         delivery_updated_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6::timestamptz,
         nextval($7::regclass), $8, $9, 'pending', 0, $6::timestamptz, $6::timestamptz)`
    : `INSERT INTO ${t.messages} (channel, sender, message_id, reply_text, outcome, received_at)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6::timestamptz)`;

/** The parameters of `insertMessage`. */
export const messageValues = (
  t: Tables,
  key: MessageKey,
  reply: Reply,
  at: Date,
  delivery: ReplyDelivery | undefined,
): unknown[] => [
  key.channel,
  key.sender,
  key.messageId,
  reply.text,
  JSON.stringify(reply.outcome),
  at.toISOString(),
  ...(delivery ? [t.deliveryIds, delivery.via, delivery.to] : []),
];

/**
 * Record the reply a booking write owes its message (with its delivery, if asked), in the
 * write's transaction. A plain INSERT: if a concurrent delivery of the same message recorded
 * first, the primary key refuses this one (23505) and the caller's transaction is rolled back
 * and run again, then answering with the winner's reply.
 */
export const insertReply = async (
  client: ClientLike,
  t: Tables,
  message: MessageToRecord,
  reply: Reply,
  at: Date,
): Promise<void> => {
  const { key, delivery } = message;
  await runNamed(client, insertMessage(t, delivery), messageValues(t, key, reply, at, delivery));
};

/**
 * Record a reply unless the message has one; return the one in force. `ON CONFLICT DO NOTHING`
 * waits for a concurrent insert of the same key to commit, so the SELECT after it sees the winner.
 * Only the inserted row carries the delivery: a redelivery queues nothing.
 */
export const recordReplyWith = async (
  client: ClientLike,
  t: Tables,
  key: MessageKey,
  reply: Reply,
  at: Date,
  delivery?: ReplyDelivery,
): Promise<RecordedReply> => {
  const inserted = await runNamed(
    client,
    `${insertMessage(t, delivery)}
     ON CONFLICT (channel, sender, message_id) DO NOTHING
     RETURNING ${REPLY_COLUMNS}`,
    messageValues(t, key, reply, at, delivery),
  );
  const [row] = inserted.rows;
  if (row) return { reply: replyOf(row), first: true };
  const stored = await findReplyWith(client, t, key);
  // Only a purge between the two statements leaves nothing: try the whole call again.
  if (!stored) throw new ConcurrentChange('the recorded reply was deleted meanwhile');
  return { reply: stored, first: false };
};
