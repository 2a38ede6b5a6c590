import type { HandledMessage } from '@antrean/core';

/** A notice on stderr: what a session command did, or why it did nothing. */
export interface Notice {
  /** The command it answers: `from`, `help`, `list`, `checkin`, `message`, or the unknown word typed. */
  readonly command: string;
  /** Set when the command could not run: `usage` (mistyped), `store` (the store failed). */
  readonly problem?: 'usage' | 'store';
  /** The sentence a person reads. */
  readonly message: string;
  /** Facts a script may want, e.g. the sender's E.164 after `/from`. */
  readonly [field: string]: unknown;
}

/** Where a session writes: replies to stdout, everything else to stderr. */
export interface SessionOutput {
  reply(reply: HandledMessage): void;
  notice(notice: Notice): void;
}

/** The two streams a session writes to. */
export interface Streams {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Plain text for a person at a terminal: a reply as its text, a notice as its sentence. */
export function createTextOutput(streams: Streams): SessionOutput {
  return {
    reply: (reply) => streams.out(`\n[to ${reply.to}]\n${reply.text}\n\n`),
    notice: (notice) => streams.err(`${notice.message}\n`),
  };
}

/** `--json`: one object per line on each stream, so a script can read both. */
export function createJsonOutput(streams: Streams): SessionOutput {
  return {
    reply: (reply) =>
      streams.out(`${JSON.stringify({ to: reply.to, text: reply.text, outcome: reply.outcome })}\n`),
    notice: (notice) => streams.err(`${JSON.stringify(notice)}\n`),
  };
}
