import { execFile } from 'node:child_process';
import {
  appendFileSync,
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * A PostgreSQL cluster of one test's own, on a free port under a fresh temp dir: a test may stop
 * and kill it, which it must never do to the shared server on 5432.
 */
export interface PrivateCluster {
  /** `postgres://postgres@127.0.0.1:<port>/postgres`, trust auth. */
  readonly url: string;
  /** Which server it is, for the test's name and log. */
  readonly description: string;
  /** `pg_ctl -m immediate stop`: the postmaster and its backends are killed, no shutdown checkpoint. */
  stopImmediately(): Promise<void>;
  /** Start it again (crash recovery runs first) and wait until it accepts connections. */
  start(): Promise<void>;
  /** Stop it if running and delete the temp dir; safe to call more than once. */
  destroy(): Promise<void>;
}

/** Why this machine cannot run a private cluster, or how it runs one. */
export type ClusterSupport =
  | { readonly ok: true; readonly bin: string; readonly owner?: { uid: number; gid: number } }
  | { readonly ok: false; readonly reason: string };

const newestBinDir = (): string | undefined => {
  const configured = process.env.ANTREAN_TEST_PG_BIN;
  if (configured) return configured;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : undefined;
};

const idOf = async (flag: '-u' | '-g'): Promise<number | undefined> => {
  try {
    return Number((await run('id', [flag, 'postgres'])).stdout.trim());
  } catch {
    return undefined;
  }
};

/** Whether initdb and pg_ctl can run here: as the `postgres` OS user when root (initdb refuses root). */
export const clusterSupport = async (): Promise<ClusterSupport> => {
  const bin = newestBinDir();
  if (!bin || !existsSync(join(bin, 'pg_ctl'))) return { ok: false, reason: 'no PostgreSQL binaries' };
  if (process.getuid?.() !== 0) return { ok: true, bin };
  const [uid, gid] = [await idOf('-u'), await idOf('-g')];
  if (uid === undefined || gid === undefined) return { ok: false, reason: 'root without a postgres user' };
  return { ok: true, bin, owner: { uid, gid } };
};

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

/**
 * Create and start a cluster. fsync is off for speed; synchronous_commit stays on, so a commit
 * the server acknowledged is in the OS's cache and survives the immediate stop (the test relies
 * on it to find every confirmed booking again).
 */
export const startPrivateCluster = async (
  support: Extract<ClusterSupport, { ok: true }>,
): Promise<PrivateCluster> => {
  const dir = mkdtempSync(join(tmpdir(), 'antrean-pg-'));
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  const { owner } = support;
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const tool = (name: string, args: string[]) => {
    const path = join(support.bin, name);
    const [file, argv] = owner ? ['runuser', ['-u', 'postgres', '--', path, ...args]] : [path, args];
    return run(file, argv, { cwd: dir, timeout: 30_000 });
  };
  let running = false;
  // Should the test process end without its cleanup (a crash, process.exit), still kill the server.
  // SIGQUIT is what `pg_ctl -m immediate` sends the postmaster.
  const onExit = () => {
    try {
      if (running)
        process.kill(Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]), 'SIGQUIT');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  process.once('exit', onExit);
  const cluster: PrivateCluster = {
    url: '',
    description: '',
    stopImmediately: async () => {
      await tool('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      running = false;
    },
    start: async () => {
      await tool('pg_ctl', ['-D', data, '-l', log, '-w', '-t', '30', 'start']);
      running = true;
    },
    destroy: async () => {
      process.removeListener('exit', onExit);
      if (running) await cluster.stopImmediately().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  try {
    await tool('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync']);
    const port = await freePort();
    const settings = [
      `port = ${port}`,
      "listen_addresses = '127.0.0.1'",
      `unix_socket_directories = '${dir}'`,
      'fsync = off',
      'full_page_writes = off',
    ];
    appendFileSync(join(data, 'postgresql.conf'), `\n${settings.join('\n')}\n`);
    await cluster.start();
    const banner = (await tool('postgres', ['--version'])).stdout;
    const version = /\d+(\.\d+)?/.exec(banner)?.[0] ?? 'unknown version';
    return Object.assign(cluster, {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      description: `a private PostgreSQL ${version} cluster`,
    });
  } catch (error) {
    await cluster.destroy();
    throw error;
  }
};
