import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const startScript = fileURLToPath(new URL('../start.mjs', import.meta.url));
// This file's bundle cache, inside the package so that `libsql` resolves; the first start builds it.
const cacheDir = fileURLToPath(
  new URL(`../node_modules/.cache/antrean-test/desk-${process.pid}-${randomUUID()}/`, import.meta.url),
);

/** Removes the bundle cache of this test run. */
export const removeDeskCache = (): void => rmSync(cacheDir, { recursive: true, force: true });

/** A finished run of `start.mjs`: its exit code and what it printed. */
export interface Finished {
  readonly code: number | null;
  readonly output: string;
}

const run = (args: readonly string[], env: Record<string, string>, stdin?: string) => {
  const child = spawn(process.execPath, [startScript, ...args], {
    env: { PATH: process.env.PATH ?? '', ANTREAN_BOT_CACHE: cacheDir, ...env },
    stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  if (stdin !== undefined) child.stdin?.end(stdin);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
};

/** Runs `start.mjs add-user …` with `password` piped in, to its end. */
export async function runAddUser(
  args: readonly string[],
  env: Record<string, string>,
  password: string,
): Promise<Finished> {
  const started = run(['add-user', ...args], env, `${password}\n`);
  const code = await started.exited;
  return { code, output: started.output() };
}

/** A desk serving as a child process. */
export interface DeskProcess {
  /** `http://127.0.0.1:<port>`. */
  readonly url: string;
  readonly child: ChildProcess;
  output(): string;
  readonly exited: Promise<number | null>;
}

/** Starts the desk and waits for its `listening` log line; rejects with its output if it exits first. */
export async function startDesk(env: Record<string, string>): Promise<DeskProcess> {
  const started = run([], { HOST: '127.0.0.1', PORT: '0', ...env });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`desk did not start:\n${started.output()}`)), 45_000);
    started.child.stdout?.on('data', () => {
      const line = started
        .output()
        .split('\n')
        .filter((text) => text.startsWith('{'))
        .map((text) => JSON.parse(text) as { msg?: string; port?: number })
        .find((entry) => entry.msg === 'listening');
      if (line?.port !== undefined) {
        clearTimeout(timer);
        resolve(line.port);
      }
    });
    started.exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`desk exited before listening:\n${started.output()}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child: started.child,
    output: started.output,
    exited: started.exited,
  };
}
