import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const startScript = fileURLToPath(new URL('../start.mjs', import.meta.url));
// This file's bundle cache (inside the package, so that `libsql` resolves): the bots start exactly as `pnpm start` does.
const cacheDir = fileURLToPath(
  new URL(`../node_modules/.cache/antrean-test/start-${process.pid}-${randomUUID()}/`, import.meta.url),
);

/** Removes this file's bundle cache. */
export const removeBotCache = (): void => rmSync(cacheDir, { recursive: true, force: true });

/** A bot running as a child process. */
export interface BotProcess {
  /** `http://127.0.0.1:<port>` once it listens. */
  readonly url: string;
  /** Everything it printed so far, stdout and stderr together. */
  output(): string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  signal(name: NodeJS.Signals): void;
}

/** Runs `start.mjs` with `env` (and the parent's PATH only) and collects its output. */
export function spawnBot(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, [startScript], {
    env: { PATH: process.env.PATH ?? '', ANTREAN_BOT_CACHE: cacheDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  return { child, output: () => output };
}

/** Starts the bot and waits for its `listening` line; rejects if it exits first. */
export async function startBot(env: Record<string, string>): Promise<BotProcess> {
  const { child, output } = spawnBot(env);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bot did not start:\n${output()}`)), 45_000);
    child.stdout?.on('data', () => {
      const match = /"port":(\d+).*"msg":"listening"/.exec(output());
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`bot exited before listening:\n${output()}`));
    });
  });
  return { url: `http://127.0.0.1:${port}`, output, exited, signal: (name) => child.kill(name) };
}
