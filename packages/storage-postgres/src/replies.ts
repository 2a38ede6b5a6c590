import type { MessageKey, Reply, ReplyDelivery, ReplyRecord } from '@antrean/core';
import type { ClientLike } from './pool-like';
import { runNamed } from './prepared';
import { REPLY_COLUMNS, replyOf } from './rows';
import type { Tables } from './tables';

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
export const insertMessage = (t: Tables, delivery: ReplyDelivery | undefined, onlyIf?: string): string => {
  const row = delivery
    ? `$1, $2, $3, $4, $5::jsonb, $6::timestamptz,
         nextval($7::regclass), $8, $9, 'pending', 0, $6::timestamptz, $6::timestamptz`
    : '$1, $2, $3, $4, $5::jsonb, $6::timestamptz';
  const columns = delivery
    ? `channel, sender, message_id, reply_text, outcome, received_at,
         delivery_id, delivery_via, delivery_to, delivery_state, delivery_attempts, next_attempt_at,
         delivery_updated_at`
    : 'channel, sender, message_id, reply_text, outcome, received_at';
  // `onlyIf`: a condition (SQL) under which the row is written, as part of a larger statement.
  const source = onlyIf === undefined ? `VALUES (${row})` : `SELECT ${row} WHERE ${onlyIf}`;
  return `INSERT INTO ${t.messages} (${columns})
       ${source}`;
};

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
 * Record a reply unless the message has one: true when this row was inserted. `ON CONFLICT DO
 * NOTHING` waits for a concurrent insert of the same key to commit, and then inserts nothing, so
 * only the first reply carries a delivery: a redelivery queues nothing.
 */
export const recordReply = async (client: ClientLike, t: Tables, record: ReplyRecord): Promise<boolean> => {
  const inserted = await runNamed(
    client,
    `${insertMessage(t, record.delivery)}
     ON CONFLICT (channel, sender, message_id) DO NOTHING
     RETURNING 1 AS inserted`,
    messageValues(t, record.key, record.reply, record.at, record.delivery),
  );
  return inserted.rows.length > 0;
};
