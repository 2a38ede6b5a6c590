import { join } from 'node:path';

/** The data folder when `ANTREAN_DATA_DIR` is unset, relative to the working directory. */
export const DEFAULT_DATA_DIR = 'data';

/**
 * A file of the data folder (`ANTREAN_DATA_DIR`, else `data`): where the store and the desk's users
 * file live when their own variables are unset. The repository's start scripts set the folder to
 * the repository's `data/`, so every bot and the desk share one whatever `pnpm --dir` makes the
 * working directory; a relative folder given by the user stays relative to the working directory.
 */
export function dataFilePath(dataDir: string | undefined, file: string): string {
  return join(dataDir || DEFAULT_DATA_DIR, file);
}
