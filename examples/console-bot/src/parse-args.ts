import { parseArgs } from 'node:util';
import { err, ok, type Result } from 'neverthrow';

/** The bot's options, read from the command line. */
export interface BotOptions {
  readonly from: string;
  readonly officeFile?: string;
  readonly now?: Date;
  readonly language?: 'id' | 'en';
  readonly json: boolean;
  readonly db: string;
  readonly help: boolean;
}

/** A command line the bot cannot run with, and why. */
export interface ArgsError {
  readonly type: 'InvalidArguments';
  readonly message: string;
}

/** Sender used when `--from` is absent: a plausible Indonesian mobile number. */
export const DEFAULT_SENDER = '081234567890';

/** Where bookings are kept when `--db` is absent, relative to the working directory. */
export const DEFAULT_DB = 'data/antrean.sqlite';

/** Read argv (without node and script) into options; every mistake is named, nothing throws. */
export function parseBotArgs(argv: readonly string[]): Result<BotOptions, ArgsError> {
  // `pnpm start -- --flag` may hand the bot a literal `--` first.
  const args = argv[0] === '--' ? argv.slice(1) : [...argv];
  let values: ReturnType<typeof readFlags>['values'];
  try {
    values = readFlags(args).values;
  } catch (cause) {
    return err({ type: 'InvalidArguments', message: (cause as Error).message });
  }
  const language = values.lang;
  if (language !== undefined && language !== 'id' && language !== 'en') {
    return err({ type: 'InvalidArguments', message: `--lang must be "id" or "en", got "${language}"` });
  }
  let now: Date | undefined;
  if (values.now !== undefined) {
    now = new Date(values.now);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(values.now) || Number.isNaN(now.getTime())) {
      return err({
        type: 'InvalidArguments',
        message: `--now must be an ISO-8601 instant such as 2026-12-01T09:00:00+07:00, got "${values.now}"`,
      });
    }
  }
  return ok({
    from: values.from ?? DEFAULT_SENDER,
    json: values.json ?? false,
    db: values.db ?? DEFAULT_DB,
    help: values.help ?? false,
    ...(values.office !== undefined ? { officeFile: values.office } : {}),
    ...(now !== undefined ? { now } : {}),
    ...(language !== undefined ? { language } : {}),
  });
}

function readFlags(args: string[]) {
  return parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      from: { type: 'string' },
      office: { type: 'string' },
      now: { type: 'string' },
      lang: { type: 'string' },
      json: { type: 'boolean' },
      db: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/** The `--help` text: every flag, with its default. */
export const HELP_TEXT = `antrean terminal bot: type the messages an applicant would send on WhatsApp.

Usage: pnpm start -- [flags]     (or: node examples/console-bot/dist/main.js [flags])

Flags:
  --from <phone>    sender's number, any Indonesian form: 0812…, +62…, 62… (default ${DEFAULT_SENDER})
  --office <file>   office config JSON (default: built-in Central Jakarta office)
  --now <instant>   fixed clock, ISO-8601, e.g. 2026-12-01T09:00:00+07:00 (default: system clock)
  --lang id|en      reply language (default: the office's, Bahasa Indonesia)
  --db <path>       SQLite file for bookings (default ${DEFAULT_DB}); ":memory:" keeps nothing
  --json            one JSON object per reply on stdout: {"to","text","outcome"}
  -h, --help        this text

While running, a line "/from <phone>" switches the sender for the lines that follow.
At the counter: "/checkin <code>" checks an applicant in, "/list [YYYY-MM-DD]" shows a day's
bookings (both print to stderr, so --json output stays replies only).
Messages: #NAME#DDMMYYYY#DDMMYYYY[#TYPE] books, #CEK#CODE checks, #BATAL#CODE cancels, anything else: help.
`;
