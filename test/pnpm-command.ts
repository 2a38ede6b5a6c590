import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository's root, where the README's commands are typed. */
export const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

/** A pnpm command run from the repository's root, as a reader of the README types it. */
export interface PnpmRun {
  readonly child: ChildProcess;
  /** What it printed so far, stdout then stderr as they came. */
  output(): string;
  readonly exited: Promise<number | null>;
}

/**
 * Runs `pnpm <args>` from the repository's root with `input` on standard input. It leads its own
 * process group, so `stop` ends pnpm and the node it started together.
 */
export function runPnpm(args: readonly string[], env: Record<string, string>, input = ''): PnpmRun {
  // The test's own settings only: none of the store and file variables of the shell it runs in.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(DATABASE_URL|ANTREAN_)/.test(name)),
  );
  const child = spawn('pnpm', [...args], {
    cwd: repositoryRoot,
    env: { ...inherited, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  child.stdin?.end(input);
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Ends a run's whole process group (pnpm and its node) and waits for pnpm to exit. */
export async function stopPnpm(run: PnpmRun): Promise<void> {
  if (run.child.pid !== undefined && run.child.exitCode === null && run.child.signalCode === null) {
    try {
      process.kill(-run.child.pid, 'SIGTERM');
    } catch {
      // The group has already gone.
    }
  }
  await run.exited;
}

/** Waits for a server's JSON `listening` log line and answers its port; rejects with the output if it ends first. */
export function listeningPort(run: PnpmRun, timeoutMs = 50_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not listening:\n${run.output()}`)), timeoutMs);
    const check = () => {
      const port = run
        .output()
        .split('\n')
        .slice(0, -1) // the last piece may be a line still arriving
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { msg?: string; port?: number })
        .find((entry) => entry.msg === 'listening')?.port;
      if (port === undefined) return;
      clearTimeout(timer);
      resolve(port);
    };
    run.child.stdout?.on('data', check);
    run.exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`exited before listening:\n${run.output()}`));
    });
  });
}
