import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { WorkerPlan } from './booking-worker';

const packageDir = fileURLToPath(new URL('../../', import.meta.url));
const source = (pkg: string) => fileURLToPath(new URL(`../../../${pkg}/src/index.ts`, import.meta.url));

/**
 * Bundle a worker (`booking-worker` unless `entry` names another file here) so a child runs it
 * without a build. The bundle sits under this package's node_modules (git-ignored) so the child
 * resolves the external `libsql` from there.
 */
export const bundleWorker = async (
  entry = 'booking-worker',
): Promise<{ script: string; remove: () => void }> => {
  const dir = `${packageDir}node_modules/.cache/antrean-sqlite-test/`;
  mkdirSync(dir, { recursive: true });
  const script = `${dir}${entry}-${process.pid}-${Date.now()}.mjs`;
  await build({
    entryPoints: [fileURLToPath(new URL(`./${entry}.ts`, import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: script,
    external: ['libsql'],
    alias: { '@antrean/core': source('core'), '@antrean/storage-sqlite': source('storage-sqlite') },
    logLevel: 'error',
  });
  return { script, remove: () => rmSync(script, { force: true }) };
};

/** A running worker: its process and the booking lines it printed so far. */
export interface RunningWorker {
  readonly child: ChildProcess;
  /** `code slotId` lines printed so far (complete lines only). */
  readonly lines: string[];
  /** Resolves when `count` booking lines have been printed or the process ended. */
  readonly printed: (count: number) => Promise<void>;
  /** Resolves with the exit code (or signal) and stderr when the process ends. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/** Start a worker on a plan (a booking plan, or any plan its script reads). */
export const startWorker = (script: string, plan: WorkerPlan | object): RunningWorker => {
  const child = spawn(process.execPath, [script, JSON.stringify(plan)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  let partial = '';
  let stderr = '';
  let ended = false;
  const wake = () => {
    for (const waiter of [...waiters]) {
      if (ended || lines.length >= waiter.count) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  };
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts.filter((line) => line !== '' && line !== 'done'));
    wake();
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>(
    (resolve) => {
      child.on('close', (code, signal) => {
        ended = true;
        wake();
        resolve({ code, signal, stderr });
      });
    },
  );
  return {
    child,
    lines,
    printed: (count) =>
      new Promise<void>((resolve) => {
        waiters.push({ count, resolve });
        wake();
      }),
    exited,
  };
};
