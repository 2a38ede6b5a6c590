import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root, with a trailing slash. */
export const root = fileURLToPath(new URL('..', import.meta.url));

/** The publishable packages' folders under packages/ (every one not marked private). */
export const publishedPackages: readonly string[] = readdirSync(`${root}packages`).filter((folder) => {
  const file = `${root}packages/${folder}/package.json`;
  return existsSync(file) && !(JSON.parse(readFileSync(file, 'utf8')) as { private?: boolean }).private;
});

/** One built entry: a specifier such as `@antrean/core/testing` and the file URL its `exports` map points `import` at. */
export interface PackageEntry {
  readonly specifier: string;
  readonly file: string;
}

/** Every entry a package's `exports` map declares, as a user's `import` resolves it. */
export function entriesOf(folder: string): PackageEntry[] {
  const manifest = JSON.parse(readFileSync(`${root}packages/${folder}/package.json`, 'utf8')) as {
    name: string;
    exports: Record<string, { import: string }>;
  };
  return Object.entries(manifest.exports).map(([subpath, target]) => ({
    specifier: subpath === '.' ? manifest.name : `${manifest.name}${subpath.slice(1)}`,
    file: pathToFileURL(`${root}packages/${folder}/${target.import}`).href,
  }));
}

/**
 * The sorted runtime export names of each built entry, read by a plain Node process (not through
 * the test runner, whose aliases point the packages at their sources).
 */
export function runtimeExports(entries: readonly PackageEntry[]): Record<string, string[]> {
  const script = `
    const entries = ${JSON.stringify(entries)};
    const names = {};
    for (const { specifier, file } of entries) names[specifier] = Object.keys(await import(file)).sort();
    console.log(JSON.stringify(names));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    cwd: root,
  });
  if (run.status !== 0)
    throw new Error(`importing the built entries failed (run pnpm build first):\n${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, string[]>;
}
