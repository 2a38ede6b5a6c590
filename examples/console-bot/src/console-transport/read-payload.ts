import type { InboundMessage } from '@antrean/core';
import { CHANNEL } from './channel';

/** What one typed line is: nothing, a session command (`/from …`), or a message from the sender. */
export type ConsoleInput =
  | { readonly type: 'Blank' }
  | { readonly type: 'Command'; readonly word: string; readonly argument: string }
  | { readonly type: 'Message'; readonly message: InboundMessage };

/** Who is typing and when: the terminal has no provider to say so. */
export interface LineContext {
  readonly from: string;
  readonly receivedAt: Date;
  /** A fresh id per line, so two identical typed lines are two messages. */
  readonly messageId: string;
}

const SESSION_COMMAND = /^\s*\/(\S*)\s*(.*?)\s*$/;

/**
 * Reads one line as the console transport's payload. A trailing carriage return (a Windows pipe)
 * is dropped; a line starting with `/` is a session command, its word lower-cased.
 */
export function readPayload(line: string, context: LineContext): ConsoleInput {
  const text = line.replace(/\r$/, '');
  if (text.trim() === '') return { type: 'Blank' };
  const command = SESSION_COMMAND.exec(text);
  if (command) return { type: 'Command', word: (command[1] ?? '').toLowerCase(), argument: command[2] ?? '' };
  const { from, receivedAt, messageId } = context;
  return { type: 'Message', message: { channel: CHANNEL, messageId, from, text, receivedAt } };
}
