import type { HandledMessage, InboundMessage, ServiceError } from '@antrean/core';
import type { ResultAsync } from 'neverthrow';
import { readPayload } from './read-payload';

/** Where typed messages go: the booking service (its `handle` fits as is). */
export interface ConsoleTarget {
  handle(message: InboundMessage): ResultAsync<HandledMessage, ServiceError>;
}

/** What the transport needs besides its target. */
export interface LineReceiverOptions {
  readonly target: ConsoleTarget;
  /** The current sender (`/from` changes it). */
  readonly from: () => string;
  readonly now: () => Date;
  /** A fresh message id per line (default `crypto.randomUUID`). */
  readonly newId?: () => string;
}

/** What one line came to. */
export type LineOutcome =
  | { readonly type: 'Blank' }
  | { readonly type: 'Command'; readonly word: string; readonly argument: string }
  | { readonly type: 'Answered'; readonly reply: HandledMessage }
  | { readonly type: 'Failed'; readonly error: ServiceError };

/**
 * The console transport's receiving side: a line is read (`readPayload`), a message handed to the
 * target with a fresh id, and what came of it returned for the caller to print or act on.
 */
export function createLineReceiver(options: LineReceiverOptions): (line: string) => Promise<LineOutcome> {
  const newId = options.newId ?? (() => crypto.randomUUID());
  return async (line) => {
    const input = readPayload(line, { from: options.from(), receivedAt: options.now(), messageId: newId() });
    if (input.type !== 'Message') return input;
    const handled = await options.target.handle(input.message);
    return handled.isOk()
      ? { type: 'Answered', reply: handled.value }
      : { type: 'Failed', error: handled.error };
  };
}
