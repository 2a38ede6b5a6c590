import type { BookingService, HandledMessage, ServiceError } from '@antrean/core';
import { createLineReceiver, createSender } from './console-transport';
import { SESSION_COMMANDS } from './help-text';
import { FROM_USAGE, readSender } from './read-sender';
import type { SessionOutput } from './session-output';

/** What a conversation needs besides the service and where it writes. */
export interface ConversationOptions {
  readonly from: string;
  /** The office's country: `/from` reads numbers as the service does. */
  readonly country: string;
  readonly now: () => Date;
  /** Counter commands (`/checkin`, `/list`): run the command and return true if it is one. */
  readonly counter?: (command: string, argument: string) => Promise<boolean>;
}

/** What one input line did. */
export type LineResult =
  | { readonly type: 'Skipped' }
  | { readonly type: 'SenderChanged'; readonly from: string }
  | { readonly type: 'SessionCommand' }
  | { readonly type: 'Quit' }
  | { readonly type: 'Answered'; readonly reply: HandledMessage }
  | { readonly type: 'Failed'; readonly error: ServiceError };

/**
 * A chat between one terminal and the booking service, over the console transport. A line
 * starting with `/` is a session command; any other line is one inbound message with an id of its
 * own (a fresh UUID), so the store's deduplication never confuses two typed lines.
 */
export function createConversation(
  service: BookingService,
  options: ConversationOptions,
  output: SessionOutput,
) {
  let from = options.from;
  const receive = createLineReceiver({ target: service, from: () => from, now: options.now });
  const send = createSender((reply) => output.reply(reply));

  const switchSender = (text: string): LineResult => {
    const reading = readSender(text, options.country);
    if (reading.type === 'NotANumber') {
      const shown = text === '' ? 'no number given' : `"${text.slice(0, 40)}" is not a phone number`;
      output.notice({ command: 'from', problem: 'usage', message: `${shown}; usage: ${FROM_USAGE}` });
      return { type: 'Skipped' };
    }
    from = text;
    const message =
      reading.type === 'Mobile'
        ? `(sender is now ${reading.e164})`
        : `(sender is now ${text}: ${reading.why}, so bookings from it are refused)`;
    output.notice({ command: 'from', message, from: reading.type === 'Mobile' ? reading.e164 : text });
    return { type: 'SenderChanged', from };
  };

  const sessionCommand = async (word: string, argument: string): Promise<LineResult> => {
    if (word === 'from') return switchSender(argument);
    if (word === 'quit' || word === 'exit') return { type: 'Quit' };
    if (word === 'help') output.notice({ command: 'help', message: SESSION_COMMANDS.trimEnd() });
    else if (!(await options.counter?.(word, argument))) {
      const message = `unknown command /${word.slice(0, 20)}; /help lists the commands`;
      output.notice({ command: word.slice(0, 20), problem: 'usage', message });
    }
    return { type: 'SessionCommand' };
  };

  /** Handle one line: a session command, or a message from the current sender. */
  const handleLine = async (line: string): Promise<LineResult> => {
    const outcome = await receive(line);
    if (outcome.type === 'Blank') return { type: 'Skipped' };
    if (outcome.type === 'Command') return sessionCommand(outcome.word, outcome.argument);
    if (outcome.type === 'Failed') {
      const message = `store error, message not answered: ${outcome.error.message}`;
      output.notice({ command: 'message', problem: 'store', message });
      return outcome;
    }
    await send(outcome.reply);
    return outcome;
  };

  return { handleLine, sender: () => from };
}
