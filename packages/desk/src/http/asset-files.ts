import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** File types the pages use, with their content types. */
const TYPES: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  json: 'application/json',
};

/** A plain file name: no folder, no dot first, so no path leaves the assets folder. */
const FILE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}\.([a-z0-9]+)$/;

/**
 * The package's `assets/` folder, beside `dist/` or `src/`. A host that bundles the desk into its
 * own file passes `assetsDir` instead (the examples' start scripts do).
 */
export const defaultAssetsDir = (): string => {
  // dist/index.js is one folder down from the package, this source file two.
  const [fromDist, fromSource] = ['../assets/', '../../assets/'].map((path) =>
    fileURLToPath(new URL(path, import.meta.url)),
  );
  return existsSync(fromSource ?? '') && !existsSync(fromDist ?? '') ? (fromSource ?? '') : (fromDist ?? '');
};

/** A file to answer with. */
export interface AssetFile {
  readonly body: Uint8Array;
  readonly contentType: string;
}

/** Reads the assets folder's files by name, each once (they do not change while the desk runs). */
export function assetFiles(dir: string): (name: string) => Promise<AssetFile | undefined> {
  const cache = new Map<string, AssetFile | undefined>();
  return async (name) => {
    const match = FILE_NAME.exec(name);
    const contentType = match ? TYPES[match[1] ?? ''] : undefined;
    if (contentType === undefined || name.includes('..')) return undefined;
    if (cache.has(name)) return cache.get(name);
    const file = await readFile(join(dir, name)).then(
      (body): AssetFile => ({ body: new Uint8Array(body), contentType }),
      () => undefined,
    );
    if (file) cache.set(name, file);
    return file;
  };
}
