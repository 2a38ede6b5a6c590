import { createHmac, timingSafeEqual } from 'node:crypto';
import type { InboundMessage } from '@antrean/core';
import type { TransportConformanceOptions, TransportHandler, TransportTarget } from '@antrean/testkit';

/** Ways to break the toy transport, one per suite concern. */
export interface ToyFaults {
  readonly skipsSignature?: boolean;
  readonly readsAnySize?: boolean;
  readonly ignoresTargetErrors?: boolean;
  readonly rejectsUnreadable?: boolean;
  readonly dropsLastMessage?: boolean;
}

const SECRET = 'toy-secret';
const LIMIT = 1024 * 1024;
const sign = (body: Uint8Array, secret = SECRET) => createHmac('sha256', secret).update(body).digest('hex');

/** The toy provider's body: `{ "messages": [{ "id", "from", "text" }] }`. */
const readMessages = (bytes: Uint8Array): InboundMessage[] | undefined => {
  try {
    const json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    if (!Array.isArray(json?.messages)) return undefined;
    return json.messages.map((m: { id: string; from: string; text: string }) => ({
      channel: 'toy',
      messageId: m.id,
      from: m.from,
      text: m.text,
      receivedAt: new Date(0),
    }));
  } catch {
    return undefined;
  }
};

/** A minimal transport written against the suite, correct unless told to break. */
const toyHandler =
  (target: TransportTarget, faults: ToyFaults): TransportHandler =>
  async (request) => {
    const header = request.headers.get('x-toy-signature');
    if (header === null && !faults.skipsSignature) return new Response(null, { status: 401 });
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (bytes.length > LIMIT && !faults.readsAnySize) return new Response(null, { status: 413 });
    const claimed = Buffer.from(header ?? '', 'hex');
    const expected = Buffer.from(sign(bytes), 'hex');
    const valid = claimed.length === expected.length && timingSafeEqual(claimed, expected);
    if (!valid && !faults.skipsSignature) return new Response(null, { status: 401 });
    const messages = readMessages(bytes);
    if (messages === undefined) return new Response(null, { status: faults.rejectsUnreadable ? 400 : 200 });
    for (const message of faults.dropsLastMessage ? messages.slice(0, -1) : messages) {
      const handled = await target.handle(message);
      if (handled.isErr() && !faults.ignoresTargetErrors) return new Response(null, { status: 500 });
    }
    return new Response(null, { status: 200 });
  };

const request = (body: Uint8Array, signature?: string) =>
  new Request('https://toy.example/hook', {
    method: 'POST',
    headers: signature === undefined ? {} : { 'x-toy-signature': signature },
    body,
  });

const body = (ids: string[]) =>
  JSON.stringify({ messages: ids.map((id) => ({ id, from: '6281299004406', text: `#${id}` })) });
const expected = (ids: string[]): InboundMessage[] =>
  ids.map((id) => ({
    channel: 'toy',
    messageId: id,
    from: '6281299004406',
    text: `#${id}`,
    receivedAt: new Date(0),
  }));

/** The suite's options for the toy transport with the given faults. */
export const toyTransport = (faults: ToyFaults = {}): TransportConformanceOptions => ({
  name: 'toy',
  createHandler: (target) => toyHandler(target, faults),
  signedRequest: (bytes) => request(bytes, sign(bytes)),
  forgedRequest: (bytes, problem) =>
    request(bytes, problem === 'missing' ? undefined : problem === 'malformed' ? 'zz' : sign(bytes, 'other')),
  fixtures: [
    { name: 'two messages', body: body(['a', 'b']), expectedMessages: expected(['a', 'b']) },
    { name: 'no messages', body: body([]), expectedMessages: [] },
  ],
});
