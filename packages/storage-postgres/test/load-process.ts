import { type ChildProcess, spawn } from 'node:child_process';

/** What the load process did so far (its final report also lists every confirmed code). */
export interface LoadReport {
  confirmed: number;
  refused: number;
  failed: number;
  /** Calls that reached an answer (confirmed or refused) since the last failure. */
  streak: number;
  codes: string[];
  /** The distinct messages of the first failed calls. */
  failures: string[];
}

/** How the load process ended. */
export interface LoadEnd {
  readonly code: number | null;
  readonly signal: string | null;
  readonly stderr: string;
  readonly report?: LoadReport | undefined;
}

/** The parent's handle on a running load process. */
export interface LoadProcess {
  /** Wait until a progress report satisfies `condition`; fails if the process ends first or time runs out. */
  until(what: string, condition: (report: LoadReport) => boolean, timeoutMs?: number): Promise<LoadReport>;
  /** The latest progress report. */
  latest(): LoadReport;
  /** Ask it to stop, and wait for its end (killed if it does not end within a few seconds). */
  stop(): Promise<LoadEnd>;
}

const empty = (): LoadReport => ({ confirmed: 0, refused: 0, failed: 0, streak: 0, codes: [], failures: [] });

const ended = (child: ChildProcess, stderr: () => string, last: () => LoadReport | undefined) =>
  new Promise<LoadEnd>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal, stderr: stderr(), report: last() }));
  });

/** Start the bundled load worker `script` with `env`, talking to it over an IPC channel. */
export const startLoad = (script: string, env: Record<string, string>): LoadProcess => {
  const child = spawn(process.execPath, [script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  let latest = empty();
  let final: LoadReport | undefined;
  const listeners = new Set<() => void>();
  child.on('message', (message: { kind: string; report: LoadReport }) => {
    latest = message.report;
    if (message.kind === 'done') final = message.report;
    for (const listener of listeners) listener();
  });
  const end = ended(
    child,
    () => stderr,
    () => final,
  );
  const describeEnd = (e: LoadEnd) => `exited (code ${e.code}, signal ${e.signal}):\n${e.stderr}`;
  return {
    latest: () => latest,
    until: (what, condition, timeoutMs = 15_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (!condition(latest)) return;
          done();
          resolve(latest);
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`load process: no ${what} within ${timeoutMs} ms (${JSON.stringify(latest)})`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        void end.then((e) => {
          done();
          reject(new Error(`load process ${describeEnd(e)}\nbefore ${what}`));
        });
        check();
      }),
    stop: async () => {
      if (child.connected) child.send('stop');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const result = await end;
      clearTimeout(killer);
      return result;
    },
  };
};
