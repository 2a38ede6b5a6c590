/**
 * The example WhatsApp bot as the webhook and quota-day benchmarks drive it: its own process
 * (`examples/whatsapp-bot/start.mjs`, as `pnpm start` runs it), an offices file, signed posts.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { messagesPayload, signature } from '../examples/whatsapp-bot/test/webhook-client';

/** The app secret the benchmark bots verify signatures with. */
export const APP_SECRET = 'bench-app-secret';

// The runner bundles into <root>/node_modules/.cache/antrean-bench/ and says so in ANTREAN_BENCH_OUT.
const rootDir = join(process.env.ANTREAN_BENCH_OUT ?? '', '../../..');

/** A port nothing listens on right now. */
export const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/** Writes an offices file of `count` offices, business numbers `1065400000000<n>`, one session of `capacity` a day. */
export function writeOffices(dir: string, count: number, capacity: number): string[] {
  const numbers = Array.from({ length: count }, (_, n) => `10654000000${String(n).padStart(4, '0')}`);
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  const offices = numbers.map((number, n) => ({
    number,
    office: {
      id: `kanim-bench-${n}`,
      name: `Kantor bench ${n}`,
      timeZone: 'Asia/Jakarta',
      bookingHorizonDays: 30,
      arriveMinutesBefore: 30,
      sessions: [{ days, start: '08:00', end: '10:00', capacity }],
    },
  }));
  writeFileSync(join(dir, 'offices.json'), JSON.stringify(offices));
  return numbers;
}

/** Tomorrow in Jakarta as DDMMYYYY: open in every bench office. */
export const tomorrow = (): string => {
  const date = new Date(Date.now() + (24 + 7) * 3_600_000).toISOString();
  return `${date.slice(8, 10)}${date.slice(5, 7)}${date.slice(0, 4)}`;
};

/** A `messages` webhook body with one text message, as Meta sends it, and its signature header. */
export function signedMessage(phoneNumberId: string, from: string, id: string, text: string) {
  const body = messagesPayload(phoneNumberId, [{ from, id, text }]);
  return { body, signature: signature(body, APP_SECRET) };
}

/** A bot process and how to stop it. */
export interface RunningBot {
  readonly url: string;
  stop(): Promise<void>;
}

/** Resolves once `url` answers any HTTP request, or rejects after `ms`. */
export async function waitForHttp(url: string, child: ChildProcess, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`process exited with ${child.exitCode}`);
    try {
      await (await fetch(url)).arrayBuffer();
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`${url} did not answer in ${ms} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** With ANTREAN_BENCH_PROFILE_DIR set, processes the benchmarks start write a CPU profile there. */
export const profileArgs = (): string[] => {
  const dir = process.env.ANTREAN_BENCH_PROFILE_DIR;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
};

/** Runs a node script with `env` and waits until its HTTP port answers. */
export async function startProcess(
  script: string,
  port: number,
  env: Record<string, string>,
): Promise<RunningBot> {
  const child = spawn(process.execPath, [...profileArgs(), script], {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/webhook`, child);
  return {
    url,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Starts the WhatsApp bot sending to `graphUrl` at `sendRate` a second per number. */
export async function startBot(
  graphUrl: string,
  sendRate: number,
  env: Record<string, string>,
): Promise<RunningBot> {
  return startProcess(join(rootDir, 'examples/whatsapp-bot/start.mjs'), await freePort(), {
    LOG_LEVEL: 'error',
    WHATSAPP_APP_SECRET: APP_SECRET,
    WHATSAPP_VERIFY_TOKEN: 'bench',
    WHATSAPP_ACCESS_TOKEN: 'bench',
    WHATSAPP_GRAPH_URL: graphUrl,
    WHATSAPP_SEND_RATE: String(sendRate),
    WHATSAPP_SEND_TIMEOUT_MS: '5000',
    ANTREAN_OUTBOX_RECIPIENT_INTERVAL_MS: '1',
    ANTREAN_OUTBOX_LEASE_MS: '20000',
    ANTREAN_OUTBOX_IDLE_MS: '50',
    ...env,
  });
}

/** POSTs a signed body to `url`/webhook; its latency in ms, throwing unless the answer is 200. */
export async function post(url: string, message: { body: string; signature: string }): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': message.signature },
    body: message.body,
  });
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
  return performance.now() - started;
}
