import { parseArgs } from 'node:util';
import { err, ok, type Result } from 'neverthrow';
import { DEFAULT_SENDER, defaultDb } from './defaults';
import { readInstant } from './read-instant';

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

/** A command line the bot cannot run with; `message` is one line naming the flag. */
export interface ArgsError {
  readonly type: 'InvalidArguments';
  readonly message: string;
}

const FLAGS = {
  from: { type: 'string' },
  office: { type: 'string' },
  now: { type: 'string' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
  db: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const invalid = (message: string): Result<never, ArgsError> => err({ type: 'InvalidArguments', message });

/**
 * Read argv (without node and script) into options; every mistake is named, nothing throws.
 * `dataDir` is `ANTREAN_DATA_DIR`, the folder of the default `--db`.
 */
export function parseBotArgs(argv: readonly string[], dataDir?: string): Result<BotOptions, ArgsError> {
  // `pnpm start -- --flag` may hand the bot a literal `--` first.
  const args = argv[0] === '--' ? argv.slice(1) : [...argv];
  let values: ReturnType<typeof readFlags>['values'];
  try {
    values = readFlags(args).values;
  } catch (cause) {
    return invalid(describeFlagError(cause));
  }
  const language = values.lang;
  if (language !== undefined && language !== 'id' && language !== 'en') {
    return invalid(`--lang must be id or en, got "${language}"`);
  }
  const now = values.now === undefined ? undefined : readInstant(values.now);
  if (now?.isErr()) return invalid(`--now ${now.error}`);
  const instant = now?.unwrapOr(undefined);
  return ok({
    from: values.from ?? DEFAULT_SENDER,
    json: values.json ?? false,
    db: values.db ?? defaultDb(dataDir),
    help: values.help ?? false,
    ...(values.office !== undefined ? { officeFile: values.office } : {}),
    ...(instant !== undefined ? { now: instant } : {}),
    ...(language !== undefined ? { language } : {}),
  });
}

function readFlags(args: string[]) {
  return parseArgs({ args, strict: true, allowPositionals: false, options: FLAGS });
}

/** node:util's several-line messages, cut to one line that names the flag. */
function describeFlagError(cause: unknown): string {
  const { code, message } = cause as { code?: string; message?: string };
  const named = /'([^' ]+)/.exec(message ?? '')?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown flag ${named}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument "${named}" (every setting is a flag, such as --from <phone>)`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return FLAGS[named.replace(/^--/, '') as keyof typeof FLAGS]?.type === 'boolean'
        ? `${named} takes no value`
        : `${named} needs a value`;
    default:
      return String(message ?? cause).split('\n')[0] ?? 'invalid flags';
  }
}
