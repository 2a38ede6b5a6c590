import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transform } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from './pnpm-command';

// What the README's "Using the packages" says, done outside the workspace: core and the SQLite
// store packed with `pnpm pack`, installed with npm (their dependencies, neverthrow and libsql
// from the npm registry), then the README's embedding example type-checked against the installed
// types and run with Node. It reads dist/: `pnpm test` builds first (alone: `pnpm build`).
const packed = ['core', 'storage-sqlite'];
const app = mkdtempSync(join(tmpdir(), 'antrean-packed-'));
const tarballs = join(app, 'tarballs');

afterAll(() => rmSync(app, { recursive: true, force: true }));

const run = (command: string, args: readonly string[], cwd: string) =>
  spawnSync(command, [...args], { cwd, encoding: 'utf8', timeout: 80_000 });

const readmeExample = (): string => {
  const example = /```ts example\n([\s\S]*?)```/.exec(
    readFileSync(join(repositoryRoot, 'README.md'), 'utf8'),
  )?.[1];
  if (example === undefined) throw new Error('README.md has no ```ts example block');
  return example;
};

describe('the packages as tarballs, outside the workspace', () => {
  it("install with npm and run the README's embedding example", async () => {
    mkdirSync(tarballs);
    for (const name of packed) {
      const dir = join(repositoryRoot, 'packages', name);
      expect(existsSync(join(dir, 'dist/index.js')), `packages/${name}/dist is missing: run pnpm build`).toBe(
        true,
      );
      const pack = run('pnpm', ['pack', '--pack-destination', tarballs], dir);
      expect(pack.status, pack.stderr).toBe(0);
    }
    const files = readdirSync(tarballs).sort();
    expect(files).toEqual(['antrean-core-0.1.0.tgz', 'antrean-storage-sqlite-0.1.0.tgz']);
    const manifest = {
      name: 'antrean-packed-test',
      private: true,
      type: 'module',
      dependencies: {
        '@antrean/core': `file:tarballs/${files[0]}`,
        '@antrean/storage-sqlite': `file:tarballs/${files[1]}`,
        neverthrow: '^8.2.0',
        libsql: '0.5.29',
      },
    };
    writeFileSync(join(app, 'package.json'), JSON.stringify(manifest, null, 2));
    // Few, short retries: an unreachable registry fails the test in seconds, saying so.
    const retries = ['--fetch-retries=1', '--fetch-retry-mintimeout=1000', '--fetch-retry-maxtimeout=3000'];
    const install = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...retries], app);
    expect(
      install.status,
      `npm install failed; this test needs the npm registry (or npm's cache) for the packages' dependencies:\n${install.stderr}${install.error ?? ''}`,
    ).toBe(0);

    const example = readmeExample();
    writeFileSync(join(app, 'example.ts'), example);
    const compilerOptions = {
      strict: true,
      module: 'nodenext',
      moduleResolution: 'nodenext',
      target: 'es2022',
      lib: ['es2022', 'dom'],
      types: [],
      skipLibCheck: true,
      noEmit: true,
    };
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['example.ts'] }));
    const types = run(
      process.execPath,
      [join(repositoryRoot, 'node_modules/typescript/bin/tsc'), '-p', '.'],
      app,
    );
    expect(types.stdout + types.stderr).toBe('');

    writeFileSync(join(app, 'example.mjs'), (await transform(example, { loader: 'ts', format: 'esm' })).code);
    const ran = run(process.execPath, ['example.mjs'], app);
    expect(ran.stderr).toBe('');
    expect(ran.status).toBe(0);
    expect(ran.stdout.trim().split('\n').at(-1)).toBe('TooEarly');
  }, 90_000);
});
