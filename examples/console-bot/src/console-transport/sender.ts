import type { HandledMessage } from '@antrean/core';
import { okAsync, type ResultAsync } from 'neverthrow';

/** What a sent reply returns: the console numbers its replies. */
export interface SentMessage {
  readonly providerMessageId: string;
}

/** Writes one reply where the session prints replies (stdout, as text or a `--json` line). */
export type Sender = (reply: HandledMessage) => ResultAsync<SentMessage, never>;

/**
 * The console transport's sending side: a reply is written at once with `write` (a terminal
 * cannot fail to take it), and numbered so a caller can tell replies apart.
 */
export function createSender(write: (reply: HandledMessage) => void): Sender {
  let sent = 0;
  return (reply) => {
    write(reply);
    sent += 1;
    return okAsync({ providerMessageId: `console-${sent}` });
  };
}
