import { randomUUID } from 'node:crypto';
import type { BookingService, HandledMessage, StoreError } from '@antrean/core';

/** Where the conversation writes: replies to `out`, notices and errors to `info`. */
export interface ConversationIo {
  readonly out: (text: string) => void;
  readonly info: (text: string) => void;
}

/** How replies are shown. */
export interface ConversationOptions {
  readonly json: boolean;
  readonly from: string;
  readonly now: () => Date;
  /** Officer commands (`/checkin`, `/list`): run the line and return true if it is one. */
  readonly officer?: (line: string) => Promise<boolean>;
}

/** What one input line did. */
export type LineResult =
  | { readonly type: 'Skipped' }
  | { readonly type: 'SenderChanged'; readonly from: string }
  | { readonly type: 'OfficerCommand' }
  | { readonly type: 'Answered'; readonly reply: HandledMessage }
  | { readonly type: 'Failed'; readonly error: StoreError };

/**
 * A chat between one terminal and the booking service. Each line is one inbound message with an
 * id of its own (a fresh UUID), so the store's deduplication never confuses two typed lines.
 */
export function createConversation(
  service: BookingService,
  options: ConversationOptions,
  io: ConversationIo,
) {
  let from = options.from;

  const show = (reply: HandledMessage): void => {
    if (options.json) {
      io.out(`${JSON.stringify({ to: reply.to, text: reply.text, outcome: reply.outcome })}\n`);
    } else {
      io.out(`\n[to ${reply.to}]\n${reply.text}\n\n`);
    }
  };

  /** Handle one line: `/from`, an officer command, or a message from the current sender. */
  const handleLine = async (line: string): Promise<LineResult> => {
    const text = line.replace(/\r$/, '');
    if (text.trim() === '') return { type: 'Skipped' };
    const switchTo = /^\s*\/from(?:\s+(.*))?$/i.exec(text);
    if (switchTo) {
      const number = (switchTo[1] ?? '').trim();
      if (number === '') {
        io.info('usage: /from <phone>, e.g. /from 0812 3456 7890\n');
        return { type: 'Skipped' };
      }
      from = number;
      io.info(`(sender is now ${from})\n`);
      return { type: 'SenderChanged', from };
    }
    if (options.officer && (await options.officer(text))) return { type: 'OfficerCommand' };
    const result = await service.handle({
      channel: 'console',
      messageId: randomUUID(),
      from,
      text,
      receivedAt: options.now(),
    });
    if (result.isErr()) {
      io.info(`store error, message not answered: ${result.error.message}\n`);
      return { type: 'Failed', error: result.error };
    }
    show(result.value);
    return { type: 'Answered', reply: result.value };
  };

  return { handleLine, sender: () => from };
}
