import pino, { type DestinationStream, type Logger } from 'pino';

/** Fields that may hold personal data: an applicant's number, name, birth date or message text. */
const PERSONAL_FIELDS = ['from', 'to', 'phone', 'sender', 'recipient', 'name', 'birthDate', 'text', 'body'];

/**
 * Redacted wherever they appear at the top or one level down. The host logs ids, counts, outcome
 * kinds and reasons only; redaction is the second line of defence for a field logged by mistake.
 */
export const REDACTED_PATHS: readonly string[] = PERSONAL_FIELDS.flatMap((field) => [field, `*.${field}`]);

/** How to build the host's logger. */
export interface LoggerOptions {
  readonly level: string;
  /** The bot's name, on every line as `bot`. */
  readonly name: string;
  /** Where lines go (default stdout, written synchronously so no line is lost on exit). */
  readonly destination?: DestinationStream;
}

/** A JSON-lines logger with personal fields redacted. */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' },
      // `bot`, not pino's `name`: a top-level `name` is an applicant's and is redacted.
      base: { pid: process.pid, bot: options.name },
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

export type { Logger } from 'pino';
