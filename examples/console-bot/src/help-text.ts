import { DEFAULT_DB, DEFAULT_SENDER } from './defaults';

/** The lines the bot reads besides applicant messages: printed by `/help` and at the end of `--help`. */
export const SESSION_COMMANDS = `Lines besides applicant messages:
  /from <phone>       send the following lines from this number (0812…, +62…, 62…)
  /checkin <code>     counter: check an applicant in (XXXX-XXXX; dash, spaces, case optional)
  /list [date]        counter: the day's bookings with each one's state now (YYYY-MM-DD or DDMMYYYY; default today)
  /help               this list
  /quit               end the session (Ctrl-D and Ctrl-C too)
Messages: #NAME#DDMMYYYY#DDMMYYYY[#TYPE] books, #CEK#CODE checks, #BATAL#CODE cancels, anything else: help.
`;

/** The `--help` text: every flag with its default, then the in-session commands. */
export const HELP_TEXT = `antrean terminal bot: type the messages an applicant would send on WhatsApp.

Usage: pnpm start -- [flags]     (or: node examples/console-bot/start.mjs [flags])

Flags:
  --from <phone>    sender's number, any Indonesian form: 0812…, +62…, 62… (default ${DEFAULT_SENDER})
  --office <file>   office config JSON (default: built-in Central Jakarta office)
  --now <instant>   fixed clock: ISO-8601 with its UTC offset, e.g. 2026-12-01T09:00:00+07:00 or
                    2026-12-01T02:00:00Z; a time without an offset is refused (default: system clock)
  --lang id|en      language of replies and counter lines (default: the office's, Bahasa Indonesia)
  --db <path>       SQLite file for bookings (default ${DEFAULT_DB} of the repository, or
                    antrean.sqlite in ANTREAN_DATA_DIR); ":memory:" keeps nothing.
                    Several bots (one office file each) may share one file.
  --json            one JSON object per line: replies on stdout {"to","text","outcome"},
                    counter results on stderr {"command":"checkin"|"list",…}
  -h, --help        this text

Replies go to stdout; counter results and notices go to stderr.

${SESSION_COMMANDS}`;
