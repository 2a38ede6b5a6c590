// @ts-check
// What a bot's `start.mjs` runs: the bot from its TypeScript sources, with no build step to wait
// for. esbuild bundles src/ (and the workspace packages' src/, through the root tsconfig paths)
// once; later starts reuse that bundle until one of the files it was made from changes, so a warm
// start costs one `stat` per input file. Plain JavaScript: it must run on a fresh clone with no dist/.
import { mkdirSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const rootDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * Bundles (when stale) and runs `<packageDir>/src/main.ts`, with `ANTREAN_DATA_DIR` the
 * repository's `data/` when unset.
 * @param {{ packageDir: string, startScript: string, external?: string[], banner?: string }} options
 *   `startScript`: the caller's own file, an input too; `external`: packages left to Node (native
 *   ones, resolved from the package's node_modules, where the bundle lives); `banner`: code put first.
 */
export async function startFromSource({ packageDir, startScript, external = [], banner }) {
  const cacheDir = process.env.ANTREAN_BOT_CACHE ?? join(packageDir, 'node_modules/.cache/antrean-start');
  const bundle = join(cacheDir, 'bot.mjs');
  const inputList = join(cacheDir, 'inputs.json');
  // Files that shape the bundle without being part of it: the scripts and the TypeScript settings.
  const settings = [
    startScript,
    fileURLToPath(import.meta.url),
    join(rootDir, 'tsconfig.json'),
    join(rootDir, 'tsconfig.base.json'),
  ];

  /** True when the bundle exists and no file it was made from changed since its build began. */
  const bundleIsFresh = () => {
    try {
      const builtAt = statSync(bundle).mtimeMs;
      /** @type {string[]} */
      const inputs = JSON.parse(readFileSync(inputList, 'utf8'));
      return [...settings, ...inputs].every((file) => statSync(file).mtimeMs <= builtAt);
    } catch {
      return false; // no bundle yet, or an input moved away (a dependency upgraded): build again
    }
  };

  /** Bundle the bot; written under temporary names and renamed, so a concurrent start never reads half a file. */
  const buildBundle = async () => {
    const startedAt = new Date();
    const { build } = await import('esbuild');
    mkdirSync(cacheDir, { recursive: true });
    const partial = `${bundle}.${process.pid}.tmp`;
    const result = await build({
      entryPoints: [join(packageDir, 'src/main.ts')],
      absWorkingDir: packageDir,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: partial,
      external,
      ...(banner === undefined ? {} : { banner: { js: banner } }),
      metafile: true,
      logLevel: 'error',
    });
    const inputs = Object.keys(result.metafile.inputs).map((file) => resolve(packageDir, file));
    writeFileSync(`${inputList}.${process.pid}.tmp`, JSON.stringify(inputs));
    renameSync(`${inputList}.${process.pid}.tmp`, inputList);
    // Dated when the build began: a file saved while esbuild read the sources makes the next start rebuild.
    utimesSync(partial, startedAt, startedAt);
    renameSync(partial, bundle);
  };

  // The bots and the desk keep their files in the repository's data/ unless told otherwise, so
  // `pnpm start` and `pnpm --dir examples/… start` (another working directory) share one store.
  process.env.ANTREAN_DATA_DIR ||= join(rootDir, 'data');
  try {
    if (!bundleIsFresh()) await buildBundle();
  } catch {
    // esbuild has printed what is wrong in the sources.
    process.exit(1);
  }
  await import(pathToFileURL(bundle).href);
}
