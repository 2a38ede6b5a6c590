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

/** How long a client may take to send its request. */
export interface ListenLimits {
  /** A request (headers and body) not fully arrived after this long is answered 408 and its connection closed. Default 10 000. */
  readonly requestTimeoutMs?: number;
}

/** The default of `requestTimeoutMs`: 10 s, ample for a webhook or a desk form over a slow link. */
const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

/**
 * Node's settings for the limit. Node looks for late requests only every
 * `connectionsCheckingInterval` (30 s by default), so it is a quarter of the limit, at most 1 s:
 * a stalled request is answered within about the limit. The clock stops once a request has fully
 * arrived, so long answers (event streams) are not cut.
 */
const serverOptions = (requestTimeoutMs: number) => ({
  requestTimeout: requestTimeoutMs,
  headersTimeout: requestTimeoutMs,
  connectionsCheckingInterval: Math.max(10, Math.min(1_000, Math.floor(requestTimeoutMs / 4))),
});

/** Serves `app` on Node's HTTP server at `hostname:port`. */
export function listen(
  app: HostApp,
  port: number,
  hostname?: string,
  limits: ListenLimits = {},
): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const options = {
      fetch: app.fetch,
      port,
      ...(hostname === undefined ? {} : { hostname }),
      serverOptions: serverOptions(limits.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS),
    };
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
