import { randomUUID } from 'node:crypto';
import { existsSync, rmSync, statSync, utimesSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCommand } from './run-bot';

const rootDir = fileURLToPath(new URL('../../..', import.meta.url));
const startScript = fileURLToPath(new URL('../start.mjs', import.meta.url));
// A cache of this test's own, inside the package so that the bundle resolves `libsql`.
const cacheDir = fileURLToPath(
  new URL(`../node_modules/.cache/antrean-test/start-${randomUUID()}/`, import.meta.url),
);
const bundle = `${cacheDir}bot.mjs`;
const env = { ...process.env, ANTREAN_BOT_CACHE: cacheDir };

afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const start = (args: readonly string[]) => runCommand(process.execPath, [startScript, ...args], '', { env });

describe('start.mjs, what `pnpm start` runs', () => {
  it('bundles the sources on the first start and reuses the bundle until an input is newer', async () => {
    expect(existsSync(bundle)).toBe(false);
    const first = await start(['--help']);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toContain('Usage: pnpm start');
    const builtAt = statSync(bundle).mtimeMs;

    const second = await start(['--help']);
    expect(second).toEqual(first);
    expect(statSync(bundle).mtimeMs).toBe(builtAt); // not rebuilt

    // A bundle older than its sources (as after an edit) is rebuilt.
    utimesSync(bundle, new Date(0), new Date(0));
    const third = await start(['--help']);
    expect(third).toEqual(first);
    expect(statSync(bundle).mtimeMs).toBeGreaterThan(0);
  });

  it('prints no command line of its own through pnpm: only the one line pnpm itself echoes', async () => {
    const run = await runCommand('pnpm', ['start', '--', '--help'], '', { env, cwd: rootDir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: pnpm start');
    // pnpm 12 echoes every script it runs on stderr (`$ node …`); `pnpm --silent` hides it.
    expect(run.stderr.split('\n').filter((line) => line !== '')).toEqual([
      '$ node examples/console-bot/start.mjs -- --help',
    ]);
    const silent = await runCommand('pnpm', ['--silent', 'start', '--', '--help'], '', { env, cwd: rootDir });
    expect(silent).toMatchObject({ code: 0, stderr: '', stdout: run.stdout });
  });
});
