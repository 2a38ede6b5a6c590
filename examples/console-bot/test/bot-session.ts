import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** One `--json` reply line. */
export interface JsonReply {
  readonly to: string;
  readonly text: string;
  readonly outcome: { readonly kind: string; readonly [field: string]: unknown };
}

/** A live bot process driven line by line, as an applicant would type. */
export interface BotSession {
  /** Send a message and wait for the reply it produces. */
  say(line: string): Promise<JsonReply>;
  /** Switch the sender with a `/from` line (no reply is printed for it). */
  from(phone: string): void;
  /** Type an officer command (`/checkin`, `/list`): it prints to stderr, not as a reply. */
  officer(line: string): void;
  /** Close stdin and wait for the process to exit. */
  end(): Promise<{ code: number | null; stderr: string }>;
}

/** Start the bundled bot with `--json` and the given flags. */
export function startBotSession(bundle: string, args: readonly string[]): BotSession {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [bundle, '--json', ...args]);
  const waiting: Array<(reply: JsonReply) => void> = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  createInterface({ input: child.stdout }).on('line', (line) => {
    const next = waiting.shift();
    if (!next) throw new Error(`unexpected output: ${line}`);
    next(JSON.parse(line) as JsonReply);
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    say(line) {
      const reply = new Promise<JsonReply>((resolve, reject) => {
        waiting.push(resolve);
        setTimeout(() => reject(new Error(`no reply to "${line}"; stderr: ${stderr}`)), 15_000).unref();
      });
      child.stdin.write(`${line}\n`);
      return reply;
    },
    from(phone) {
      child.stdin.write(`/from ${phone}\n`);
    },
    officer(line) {
      child.stdin.write(`${line}\n`);
    },
    async end() {
      child.stdin.end();
      return { code: await exited, stderr };
    },
  };
}
