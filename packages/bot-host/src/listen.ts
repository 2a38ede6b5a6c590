import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { HostApp } from './host-app';

/** A running HTTP server. */
export interface Listening {
  /** The port bound (useful when 0 asked for any free one). */
  readonly port: number;
  /** Stops accepting connections, lets requests in flight finish, then resolves. */
  close(): Promise<void>;
}

/** Serves `app` on Node's HTTP server at `hostname:port`. */
export function listen(app: HostApp, port: number, hostname?: string): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const options =
      hostname === undefined ? { fetch: app.fetch, port } : { fetch: app.fetch, port, hostname };
    const server = serve(options, (info: AddressInfo) => {
      resolve({
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Idle keep-alive connections would hold `close` open; busy ones finish their request first.
            (server as Server).closeIdleConnections();
          }),
      });
    }) as Server;
    server.once('error', reject);
  });
}
