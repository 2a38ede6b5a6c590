import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { APP_SECRET } from './webhook-client';

const startScript = fileURLToPath(new URL('../start.mjs', import.meta.url));
// The bundle cache of this test file's bots (inside the package, so that `libsql` resolves), built
// by the first start and reused by the others: the bots start exactly as `pnpm start` starts them.
const cacheDir = fileURLToPath(
  new URL(`../node_modules/.cache/antrean-test/start-${process.pid}-${randomUUID()}/`, import.meta.url),
);

/** Removes this file's bundle cache. */
export const removeBotCache = (): void => rmSync(cacheDir, { recursive: true, force: true });

/** The environment every test bot starts with, before a test's own variables. */
export const baseEnvironment = (graphUrl: string): Record<string, string> => ({
  HOST: '127.0.0.1',
  PORT: '0',
  WHATSAPP_APP_SECRET: APP_SECRET,
  WHATSAPP_VERIFY_TOKEN: 'test-verify-token',
  WHATSAPP_ACCESS_TOKEN: 'test-access-token',
  WHATSAPP_GRAPH_URL: graphUrl,
  WHATSAPP_SEND_RATE: '1000',
  WHATSAPP_SEND_TIMEOUT_MS: '1000',
  ANTREAN_OUTBOX_RECIPIENT_INTERVAL_MS: '1',
  ANTREAN_OUTBOX_BACKOFF_BASE_MS: '50',
  ANTREAN_OUTBOX_BACKOFF_MAX_MS: '200',
  ANTREAN_OUTBOX_LEASE_MS: '2000',
  ANTREAN_OUTBOX_IDLE_MS: '50',
});

/** A bot running as a child process. */
export interface BotProcess {
  /** `http://127.0.0.1:<port>` once it listens. */
  readonly url: string;
  /** Everything it printed so far, stdout and stderr together. */
  output(): string;
  /** Its JSON log lines so far. */
  logLines(): Array<Record<string, unknown>>;
  /** Resolves with the exit code (or signal) when the process ends. */
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
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  return { child, output: () => output };
}

const parseLines = (text: string): Array<Record<string, unknown>> =>
  text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/** Starts the bot and waits for its `listening` line (its port); rejects if it exits first. */
export async function startBot(env: Record<string, string>): Promise<BotProcess> {
  const { child, output } = spawnBot(env);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bot did not start:\n${output()}`)), 45_000);
    const check = () => {
      const line = parseLines(output()).find((l) => l.msg === 'listening');
      if (line) {
        clearTimeout(timer);
        resolve(line.port as number);
      }
    };
    child.stdout?.on('data', check);
    exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`bot exited before listening:\n${output()}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    output,
    logLines: () => parseLines(output()),
    exited,
    signal: (name) => child.kill(name),
  };
}

/** Stops a bot with SIGTERM and waits for it to exit. */
export async function stopBot(bot: BotProcess): Promise<void> {
  bot.signal('SIGTERM');
  await bot.exited;
}
