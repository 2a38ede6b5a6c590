import { join } from 'node:path';

/** Sender used when `--from` is absent: a plausible Indonesian mobile number. */
export const DEFAULT_SENDER = '081234567890';

/** Where bookings are kept when `--db` is absent and `ANTREAN_DATA_DIR` unset, relative to the working directory. */
export const DEFAULT_DB = 'data/antrean.sqlite';

/**
 * The SQLite file when `--db` is absent: `antrean.sqlite` in the data folder. `pnpm start` sets
 * `ANTREAN_DATA_DIR` to the repository's `data/`, the folder the other bots and the desk default to.
 */
export function defaultDb(dataDir: string | undefined): string {
  return dataDir ? join(dataDir, 'antrean.sqlite') : DEFAULT_DB;
}
