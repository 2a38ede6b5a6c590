import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { waitUntil } from '@antrean/testkit';

/** How the fake answers one send: success, one of Meta's error codes, slowly, or never. */
export type GraphAnswer =
  | { readonly kind: 'ok' }
  | { readonly kind: 'error'; readonly code: number; readonly status?: number }
  | { readonly kind: 'unavailable' }
  | { readonly kind: 'slow'; readonly ms: number }
  | { readonly kind: 'silent' };

/** One send request as the fake received it, and what it answered. */
export interface RecordedSend {
  readonly phoneNumberId: string;
  readonly authorization: string | undefined;
  readonly to: string;
  readonly text: string;
  readonly answered: GraphAnswer['kind'];
  /** The wamid given back on success (set once answered). */
  readonly providerMessageId?: string;
}

/** A local stand-in for the Graph API's send endpoint (`POST /<version>/<phone number id>/messages`). */
export interface FakeGraph {
  /** Base URL with a version segment, for `WHATSAPP_GRAPH_URL`. */
  readonly url: string;
  /** Every request received, in order of arrival. */
  readonly requests: RecordedSend[];
  /** The requests answered with success: the replies that reached applicants. */
  delivered(): RecordedSend[];
  /** The next sends to `to` get these answers, in order; afterwards the default. */
  scriptFor(to: string, ...answers: GraphAnswer[]): void;
  /** The answer for every send nothing is scripted for (initially `ok`). */
  setDefault(answer: GraphAnswer): void;
  /** Resolves once `predicate` holds over the requests, or rejects after `timeoutMs`. */
  waitFor(predicate: (requests: readonly RecordedSend[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const PATH = /^\/v\d+\.\d+\/([^/]+)\/messages$/;

const readBody = async (request: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

const graphError = (code: number) => ({
  error: { message: `(#${code}) fake error`, type: 'OAuthException', code, fbtrace_id: 'fake' },
});

/** Starts the fake on 127.0.0.1 at a free port. */
export async function startFakeGraph(): Promise<FakeGraph> {
  const requests: RecordedSend[] = [];
  const scripts = new Map<string, GraphAnswer[]>();
  let fallback: GraphAnswer = { kind: 'ok' };
  let sequence = 0;
  const silent = new Set<ServerResponse>();

  const answer = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const match = PATH.exec(request.url ?? '');
    const body = await readBody(request);
    if (request.method !== 'POST' || !match) {
      response.writeHead(404).end();
      return;
    }
    const sent = JSON.parse(body) as { to?: string; recipient?: string; text?: { body?: string } };
    const to = sent.to ?? sent.recipient ?? '';
    const planned = scripts.get(to)?.shift() ?? fallback;
    const record: { -readonly [K in keyof RecordedSend]: RecordedSend[K] } = {
      phoneNumberId: decodeURIComponent(match[1]!),
      authorization: request.headers.authorization,
      to,
      text: sent.text?.body ?? '',
      answered: planned.kind,
    };
    requests.push(record);
    const json = (status: number, value: unknown) =>
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    if (planned.kind === 'silent') {
      silent.add(response);
      return;
    }
    // A slow peer, on purpose: this sleep is what the `slow` plan simulates, not a test's wait.
    if (planned.kind === 'slow') await new Promise((resolve) => setTimeout(resolve, planned.ms));
    if (planned.kind === 'error') json(planned.status ?? 400, graphError(planned.code));
    else if (planned.kind === 'unavailable')
      json(503, { error: { message: 'Service temporarily unavailable' } });
    else {
      record.providerMessageId = `wamid.fake${++sequence}`;
      const messages = [{ id: record.providerMessageId }];
      json(200, { messaging_product: 'whatsapp', contacts: [{ input: to, wa_id: to }], messages });
    }
  };

  const server: Server = createServer((request, response) => {
    answer(request, response).catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v23.0`,
    requests,
    delivered: () => requests.filter((r) => r.providerMessageId !== undefined),
    scriptFor: (to, ...answers) => scripts.set(to, [...(scripts.get(to) ?? []), ...answers]),
    setDefault: (answer) => {
      fallback = answer;
    },
    waitFor: (predicate, timeoutMs = 15_000) =>
      waitUntil(
        'the sends the test awaits at the fake Graph API',
        () => predicate(requests) || `${requests.length} sends received`,
        { timeoutMs },
      ),
    close: async () => {
      for (const response of silent) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
