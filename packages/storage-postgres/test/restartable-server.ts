import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { clusterSupport, type PrivateCluster, startPrivateCluster } from './private-cluster';

/** A database server a test may take down under load and bring back, on a URL that stays the same. */
export interface RestartableServer {
  /** What it is: a private PostgreSQL cluster, or PGlite's socket server where none can run. */
  readonly engine: string;
  readonly url: string;
  /** True for a real PostgreSQL server (it has backends `pg_terminate_backend` can end). */
  readonly postgres: boolean;
  /** Take it down at once: every connection is cut, as by a crash. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stop it and remove everything it left. */
  destroy(): Promise<void>;
}

const fromCluster = (cluster: PrivateCluster): RestartableServer => ({
  engine: cluster.description,
  url: cluster.url,
  postgres: true,
  stop: () => cluster.stopImmediately(),
  start: () => cluster.start(),
  destroy: () => cluster.destroy(),
});

// The fallback: stopping pglite-socket closes every client socket; the PGlite database lives on.
const pgliteServer = async (why: string): Promise<RestartableServer> => {
  const db = await PGlite.create();
  const listen = async (port: number) => {
    const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 100 });
    await server.start();
    return server;
  };
  let server: PGLiteSocketServer | undefined = await listen(0);
  const url = `postgres://postgres@${server.getServerConn()}/postgres`;
  const port = Number(new URL(url).port);
  return {
    engine: `PGlite's socket server (no private cluster: ${why})`,
    url,
    postgres: false,
    stop: async () => {
      await server?.stop();
      server = undefined;
    },
    start: async () => {
      server = await listen(port);
    },
    destroy: async () => {
      await server?.stop();
      await db.close();
    },
  };
};

/** A private PostgreSQL cluster where this machine can run one, else PGlite behind its socket server. */
export const openRestartableServer = async (): Promise<RestartableServer> => {
  const support = await clusterSupport();
  if (!support.ok) return pgliteServer(support.reason);
  return fromCluster(await startPrivateCluster(support));
};
