import { createReplyDispatcher } from '@antrean/core';
import { createSender } from '@antrean/transport-whatsapp';
import { describe, expect, it } from 'vitest';
import { dispatcherFixture, VIA } from './dispatcher-fixture';

/** A Graph API stand-in answering each send from a list of [status, body] pairs. */
const graphAnswering = (answers: readonly (readonly [number, unknown])[]) => {
  const bodies: unknown[] = [];
  const fetch = async (_url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    bodies.push(JSON.parse(String(init?.body)));
    const [status, body] = answers[Math.min(bodies.length - 1, answers.length - 1)]!;
    return new Response(JSON.stringify(body), { status });
  };
  return { fetch: fetch as typeof globalThis.fetch, bodies };
};

const rateLimited = { error: { message: '(#130429) Rate limit hit', code: 130429 } };
const undeliverable = { error: { message: 'Message undeliverable', code: 131026 } };
const accepted = { messaging_product: 'whatsapp', messages: [{ id: 'wamid.ok' }] };

describe('the WhatsApp sender, passed straight in as the dispatcher’s send', () => {
  it('130429 is retried and then sent; 131026 is failed at once with its code', async () => {
    const { time, store, enqueue, events } = await dispatcherFixture();
    const graph = graphAnswering([
      [400, rateLimited],
      [400, undeliverable],
      [200, accepted],
    ]);
    const send = createSender({ accessToken: 't', phoneNumberId: VIA, fetch: graph.fetch });
    const dispatcher = createReplyDispatcher({
      outbox: store,
      send,
      clock: time.clock,
      sleep: time.sleep,
      onEvent: (event) => events.push(event),
    })._unsafeUnwrap();
    await enqueue('+6281299004401', 'first');
    await enqueue('+6281299004402', 'second');
    await time.settle(dispatcher.runOnce());
    await time.advance(60_000);
    await time.settle(dispatcher.runOnce());
    expect(events.map((event) => [event.type, 'code' in event ? event.code : undefined])).toEqual([
      ['retry', '130429'],
      ['failed', '131026'],
      ['sent', undefined],
    ]);
    expect(graph.bodies).toHaveLength(3);
    expect((await store.outboxStats())._unsafeUnwrap()).toEqual({ pending: 0 });
  });
});
