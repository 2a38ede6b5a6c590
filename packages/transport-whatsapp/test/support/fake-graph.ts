import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the fake received. */
export interface GraphRequest {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  readonly contentType: string | undefined;
  readonly body: unknown;
}

/** How the fake answers one request: a status and JSON body, after an optional delay, or never. */
export type GraphAnswer =
  | { readonly status: number; readonly body: unknown; readonly delayMs?: number }
  | 'hang';

/** A local stand-in for the Graph API send endpoint on 127.0.0.1. */
export interface FakeGraph {
  readonly url: string;
  readonly requests: GraphRequest[];
  answer(next: (request: GraphRequest) => GraphAnswer): void;
  close(): Promise<void>;
}

/** Meta's error body for a code, as the Graph API sends it. */
export const graphError = (code: number, message = `(#${code}) error`) => ({
  error: {
    message,
    type: 'OAuthException',
    code,
    error_data: { messaging_product: 'whatsapp', details: '…' },
    fbtrace_id: 'A1',
  },
});

/** Meta's success body. */
export const graphSent = (id: string) => ({
  messaging_product: 'whatsapp',
  contacts: [{ input: '+6281299004406', wa_id: '6281299004406' }],
  messages: [{ id }],
});

const readJson = async (request: IncomingMessage): Promise<unknown> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
};

/** Starts the fake; by default it answers every send with a new message id. */
export async function startFakeGraph(): Promise<FakeGraph> {
  const requests: GraphRequest[] = [];
  let respond = (_: GraphRequest): GraphAnswer => ({
    status: 200,
    body: graphSent(`wamid.sent${requests.length}`),
  });
  const hanging: ServerResponse[] = [];
  const server = createServer(async (incoming, outgoing) => {
    const request: GraphRequest = {
      method: incoming.method ?? '',
      path: incoming.url ?? '',
      authorization: incoming.headers.authorization,
      contentType: incoming.headers['content-type'],
      body: await readJson(incoming),
    };
    requests.push(request);
    const answer = respond(request);
    if (answer === 'hang') return void hanging.push(outgoing);
    setTimeout(() => {
      outgoing.writeHead(answer.status, { 'content-type': 'application/json' });
      outgoing.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
    }, answer.delayMs ?? 0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v26.0`,
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
