import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the fake received. */
export interface ApiRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  readonly contentType: string | undefined;
  readonly form: Record<string, string>;
}

/** How the fake answers one request: a status and JSON body, or never. */
export type ApiAnswer = { readonly status: number; readonly body: unknown } | 'hang';

/** A local stand-in for Twilio's Messages API on 127.0.0.1. */
export interface FakeTwilio {
  readonly url: string;
  readonly requests: ApiRequest[];
  answer(next: (request: ApiRequest) => ApiAnswer): void;
  close(): Promise<void>;
}

/** Twilio's error body for a code, as the REST API sends it. */
export const twilioError = (code: number, status: number) => ({
  code,
  message: `error ${code}`,
  more_info: `https://www.twilio.com/docs/errors/${code}`,
  status,
});

/** Starts the fake; by default it answers every send 201 with a new message sid. */
export async function startFakeTwilio(): Promise<FakeTwilio> {
  const requests: ApiRequest[] = [];
  let respond = (_: ApiRequest): ApiAnswer => ({
    status: 201,
    body: { sid: `SM${requests.length}`, status: 'queued' },
  });
  const hanging: ServerResponse[] = [];
  const server = createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const request: ApiRequest = {
      method: incoming.method ?? '',
      path: incoming.url ?? '',
      authorization: incoming.headers.authorization,
      contentType: incoming.headers['content-type'],
      form: Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))),
    };
    requests.push(request);
    const answer = respond(request);
    if (answer === 'hang') return void hanging.push(outgoing);
    outgoing.writeHead(answer.status, { 'content-type': 'application/json' });
    outgoing.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answer: (next) => {
      respond = next;
    },
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
