import { connect } from 'node:net';

/** What a server did with a request that stopped arriving. */
export interface StalledAnswer {
  /** Everything the server wrote before it closed the connection. */
  readonly text: string;
  /** Milliseconds from the last byte sent to the connection's close. */
  readonly closedAfterMs: number;
}

/** The request to send: its start (request line and headers) and the part of its body sent. */
export interface StalledRequest {
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** The bytes sent of a body announced as 1000 bytes long. */
  readonly partialBody: string;
  /** Give up after this long. Default 20 000 ms. */
  readonly deadlineMs?: number;
}

/**
 * Sends `POST path` over a raw socket to 127.0.0.1:`port`, a `Content-Length` of 1000 and only
 * `partialBody`, then waits for the server to close the connection (the test fails at the deadline).
 */
export function stalledPost(port: number, request: StalledRequest): Promise<StalledAnswer> {
  const headers = { host: `127.0.0.1:${port}`, 'content-length': '1000', ...request.headers };
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    let sentAt = 0;
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server kept the stalled request open; it wrote: ${JSON.stringify(text)}`));
    }, request.deadlineMs ?? 20_000);
    socket.on('connect', () => {
      socket.write(`POST ${request.path} HTTP/1.1\r\n${head}\r\n${request.partialBody}`, () => {
        sentAt = performance.now();
      });
    });
    socket.on('data', (chunk) => {
      text += chunk.toString('latin1');
    });
    socket.on('error', () => undefined); // a reset after the answer is a close too
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ text, closedAfterMs: performance.now() - sentAt });
    });
  });
}
