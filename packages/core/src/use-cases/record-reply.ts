import type { Reply } from '../domain/outcome';
import type { MessageKey } from '../ports/message-key';
import type { RecordedReply } from '../ports/message-log';
import type { ReplyDelivery } from '../ports/reply-outbox';
import type { LedgerPrimitives } from '../ports/store-primitives';
import { ConcurrentChange } from '../ports/transactor';

/**
 * Record the reply to a message that changed nothing, unless one is recorded: then that one is in
 * force (`first: false`) and no second delivery is queued.
 */
export const recordReplyOver = async (
  tx: LedgerPrimitives,
  input: {
    readonly key: MessageKey;
    readonly reply: Reply;
    readonly at: Date;
    readonly delivery?: ReplyDelivery;
  },
): Promise<RecordedReply> => {
  const existing = await tx.findReply(input.key);
  if (existing) return { reply: existing, first: false };
  if (await tx.recordReply(input)) return { reply: input.reply, first: true };
  // Recorded by a concurrent delivery between the read and the write: read it on the re-run.
  throw new ConcurrentChange('the message was answered meanwhile');
};
