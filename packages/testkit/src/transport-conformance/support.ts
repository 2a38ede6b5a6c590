import type {
  TransportConformanceOptions,
  TransportFixture,
  TransportStatuses,
} from './transport-conformance-types';

const encoder = new TextEncoder();

/** A fixture's body as bytes. */
export const bytesOf = (body: string | Uint8Array): Uint8Array =>
  typeof body === 'string' ? encoder.encode(body) : body;

/** The statuses the suite expects: the transport's overrides over the defaults. */
export const statusesOf = (options: TransportConformanceOptions): TransportStatuses => ({
  accepted: 200,
  tooLarge: 413,
  unreadable: 200,
  redeliver: 500,
  ...options.statuses,
  refused: { missing: 401, malformed: 401, wrong: 401, ...options.statuses?.refused },
});

/** The first fixture carrying messages: the payload the signature and redelivery tests send. */
export const messageFixture = (options: TransportConformanceOptions): TransportFixture => {
  const fixture = options.fixtures.find((candidate) => candidate.expectedMessages.length > 0);
  if (!fixture) throw new Error(`${options.name}: the transport suite needs a fixture with messages`);
  return fixture;
};

/** `request` with its body replaced: same URL, method and headers (so the same signature). */
export const withBody = (request: Request, body: Uint8Array): Request =>
  new Request(request.url, { method: request.method, headers: request.headers, body });
