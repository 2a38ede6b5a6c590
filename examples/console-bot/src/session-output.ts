import type {
  CheckInResult,
  DayListEntry,
  HandledMessage,
  Language,
  LocalDate,
  OfficeConfig,
} from '@antrean/core';
import { counterJson } from './counter-json';
import { counterText } from './counter-text';

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

/** Where a session writes: replies to stdout, everything else (counter results, notices) to stderr. */
export interface SessionOutput {
  reply(reply: HandledMessage): void;
  notice(notice: Notice): void;
  /** A `/checkin` result; `typed` is the code as the officer typed it. */
  checkIn(result: CheckInResult, typed: string): void;
  dayList(date: LocalDate, entries: readonly DayListEntry[]): void;
}

/** The two streams a session writes to. */
export interface Streams {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Plain text for a person at a terminal: a reply as its text, the rest as sentences in `language`. */
export function createTextOutput(streams: Streams, office: OfficeConfig, language: Language): SessionOutput {
  const counter = counterText(office, language);
  return {
    reply: (reply) => streams.out(`\n[to ${reply.to}]\n${reply.text}\n\n`),
    notice: (notice) => streams.err(`${notice.message}\n`),
    checkIn: (result, typed) => streams.err(`${counter.checkIn(result, typed)}\n`),
    dayList: (date, entries) => streams.err(`${counter.dayList(date, entries)}\n`),
  };
}

/** `--json`: one object per line on each stream, so a script can read both. */
export function createJsonOutput(streams: Streams, office: OfficeConfig): SessionOutput {
  const counter = counterJson(office);
  const line = (value: unknown) => streams.err(`${JSON.stringify(value)}\n`);
  return {
    reply: (reply) =>
      streams.out(`${JSON.stringify({ to: reply.to, text: reply.text, outcome: reply.outcome })}\n`),
    notice: line,
    checkIn: (result, typed) => line(counter.checkIn(result, typed)),
    dayList: (date, entries) => line(counter.dayList(date, entries)),
  };
}
