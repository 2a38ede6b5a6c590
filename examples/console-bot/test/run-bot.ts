import { type SpawnOptions, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
// Inside the package so that `libsql`, left external, resolves from its node_modules.
const bundleDir = fileURLToPath(new URL('../node_modules/.cache/antrean-test/', import.meta.url));

/** Bundle the bot from source (tsconfig paths resolve the workspace packages), once per test file. */
export async function bundleBot(): Promise<string> {
  mkdirSync(bundleDir, { recursive: true });
  // Unique per call: test files may run in workers of one process.
  const outfile = `${bundleDir}bot-${process.pid}-${randomUUID()}.mjs`;
  await build({
    entryPoints: [`${packageDir}src/main.ts`],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    external: ['libsql'],
    logLevel: 'error',
  });
  return outfile;
}

/** What a bot process printed and how it ended. */
export interface BotRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run the bot as a process with `args`, feed it `input` on a pipe, and collect its output. */
export function runBot(bundle: string, args: readonly string[], input: string): Promise<BotRun> {
  return runCommand(process.execPath, [bundle, ...args], input);
}

/** Run any command, feed it `input`, and collect its output. */
export function runCommand(
  command: string,
  args: readonly string[],
  input: string,
  options: SpawnOptions = {},
): Promise<BotRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** Each stdout line of a `--json` run, parsed. */
export function jsonLines(
  run: BotRun,
): Array<{ to: string; text: string; outcome: Record<string, unknown> }> {
  return run.stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));
}

/**
 * Run `command` on a pseudo-terminal (`script`), wait for the bot's first prompt, then type each
 * chunk a little apart, as a person would: keys sent before the prompt would reach a terminal
 * still in line mode, where Ctrl-C is a signal rather than a key.
 */
export function runOnTerminal(command: string, chunks: readonly string[]): Promise<BotRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-q', '-e', '-c', command, '/dev/null'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let typing = false;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (typing || !stdout.includes('> ')) return;
      typing = true;
      for (const [index, keys] of chunks.entries()) {
        setTimeout(() => child.stdin.write(keys), 300 * index);
      }
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr: '' }));
  });
}
