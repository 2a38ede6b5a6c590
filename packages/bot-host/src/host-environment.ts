import { z } from 'zod';
import { optionalText, wholeNumber } from './env-config';

/** Where `openStore` keeps SQLite's file when given no path (a bot's default is in `ANTREAN_DATA_DIR`). */
export const DEFAULT_SQLITE_PATH = 'data/antrean.sqlite';

/**
 * The variables every bot reads: the port, the offices, the store and the log level. A bot
 * spreads this shape into its own and adds its provider's variables.
 */
export const hostEnvironment = {
  PORT: wholeNumber(3000, 0, 65_535),
  /** Interface to listen on (default every interface; tests use 127.0.0.1). */
  HOST: optionalText(),
  ANTREAN_OFFICE_CONFIG: optionalText(),
  DATABASE_URL: optionalText(),
  /** The PostgreSQL schema holding the tables (default `public`). */
  ANTREAN_DATABASE_SCHEMA: optionalText(),
  ANTREAN_SQLITE_PATH: optionalText(),
  /** The folder of the SQLite file and the desk's users file when their own variables are unset. */
  ANTREAN_DATA_DIR: optionalText(),
  LOG_LEVEL: z.preprocess(
    (value) => (value === '' ? undefined : value),
    z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        error: 'must be one of fatal, error, warn, info, debug, trace, silent',
      })
      .default('info'),
  ),
  /** A request whose headers and body have not fully arrived after this long is answered 408 and its connection closed. */
  ANTREAN_REQUEST_BODY_TIMEOUT_MS: wholeNumber(10_000, 100, 300_000),
  /**
   * How often lapsed bookings are marked expired, in milliseconds (0: never). One replica of the
   * deployment runs each pass: the one holding the store's `expiry-sweep` lease.
   */
  ANTREAN_SWEEP_MS: wholeNumber(60_000, 0, 3_600_000),
  /** How long shutdown may take before the process exits anyway, in milliseconds. */
  ANTREAN_SHUTDOWN_TIMEOUT_MS: wholeNumber(10_000, 100, 60_000),
};
