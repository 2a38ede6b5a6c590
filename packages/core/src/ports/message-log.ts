import type { ResultAsync } from 'neverthrow';
import type { Reply } from '../domain/outcome';
import type { MessageKey } from './message-key';
import type { ReplyDelivery } from './reply-outbox';
import type { StoreError } from './store-error';

/**
 * The reply in force for a message after `recordReply`. `first` is false when another delivery of
 * the same message recorded its reply before this one: that delivery owns the answer, and the
 * service reports this one as `replayed`.
 */
export interface RecordedReply {
  readonly reply: Reply;
  readonly first: boolean;
}

/**
 * Deduplication of inbound messages: each message (channel, sender, id) is answered once, and
 * every redelivery gets that first answer back. A transport needs only this port to stay idempotent.
 */
export interface MessageLog {
  /** The reply already given to a message, if it was handled before. */
  findReply(key: MessageKey): ResultAsync<Reply | undefined, StoreError>;
  /**
   * Record the reply to a message that changed nothing; if one is already recorded, return that one.
   * With `delivery`, the reply is recorded as pending delivery in the same write; a message already
   * recorded (`first: false`) gets no second delivery.
   */
  recordReply(
    key: MessageKey,
    reply: Reply,
    at: Date,
    delivery?: ReplyDelivery,
  ): ResultAsync<RecordedReply, StoreError>;
}
