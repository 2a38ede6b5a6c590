import { createSender, MAX_TEXT_LENGTH } from '@antrean/transport-whatsapp';
import { ok } from 'neverthrow';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FakeGraph, graphError, startFakeGraph } from './support/fake-graph';

const NUMBER_ID = '106540352242922';
const reply = { to: '+6281299004406', text: 'Kode booking: ABCD2345' };
let graph: FakeGraph;

beforeAll(async () => {
  graph = await startFakeGraph();
});
afterAll(() => graph.close());
beforeEach(() => {
  graph.requests.length = 0;
  graph.answer(() => ({ status: 200, body: { messages: [{ id: 'wamid.reply1' }] } }));
});

const sender = (timeoutMs = 2_000) =>
  createSender({ accessToken: 'token-1', phoneNumberId: NUMBER_ID, graphUrl: `${graph.url}/`, timeoutMs });

describe('createSender', () => {
  it("posts the documented body with the bearer token and returns Meta's message id", async () => {
    expect(await sender()(reply)).toEqual(ok({ providerMessageId: 'wamid.reply1' }));
    expect(graph.requests).toEqual([
      {
        method: 'POST',
        path: `/v26.0/${NUMBER_ID}/messages`,
        authorization: 'Bearer token-1',
        contentType: 'application/json',
        body: {
          messaging_product: 'whatsapp',
          recipient_type: 'individual',
          to: '+6281299004406',
          type: 'text',
          text: { preview_url: false, body: reply.text },
        },
      },
    ]);
  });

  it('addresses a business-scoped user id as `recipient`, not `to`', async () => {
    await sender()({ to: 'ID.1234567890123', text: 'Bantuan' });
    expect(graph.requests[0]?.body).toMatchObject({ recipient: 'ID.1234567890123' });
    expect(graph.requests[0]?.body).not.toHaveProperty('to');
  });

  it('sends a text of exactly 4,096 characters whole', async () => {
    const text = 'a'.repeat(MAX_TEXT_LENGTH);
    await sender()({ ...reply, text });
    expect((graph.requests[0]!.body as { text: { body: string } }).text.body).toBe(text);
  });

  it('cuts a long text to 4,096 characters without splitting an emoji', async () => {
    const text = `${'a'.repeat(MAX_TEXT_LENGTH - 1)}😀 and more`;
    await sender()({ ...reply, text });
    const sent = (graph.requests[0]!.body as { text: { body: string } }).text.body;
    expect(sent).toBe('a'.repeat(MAX_TEXT_LENGTH - 1));
  });

  it.each([
    [130429, 400, true],
    [131056, 400, true],
    [131057, 400, true],
    [131000, 500, true],
    [131016, 503, true],
    [131026, 400, false],
    [131047, 400, false],
    [131048, 400, false],
    [190, 401, false],
    [100, 400, false],
    // The code decides, not the status: a transient code under a 400 is retried, a permanent one under a 500 is not.
    [131000, 400, true],
    [131026, 500, false],
    [999999, 400, false],
    [999999, 502, true],
  ])('classifies code %i (HTTP %i) as retryable: %s', async (code, status, retryable) => {
    graph.answer(() => ({ status, body: graphError(code) }));
    const result = await sender()(reply);
    expect(result._unsafeUnwrapErr()).toEqual({
      type: 'SendFailed',
      retryable,
      reason: 'provider',
      code,
      httpStatus: status,
      message: `(#${code}) error`,
    });
  });

  it('calls an HTTP 5xx without an error body retryable and a 4xx without one permanent', async () => {
    graph.answer(() => ({ status: 503, body: '<html>down</html>' }));
    expect((await sender()(reply))._unsafeUnwrapErr()).toMatchObject({ retryable: true, httpStatus: 503 });
    graph.answer(() => ({ status: 404, body: 'not found' }));
    expect((await sender()(reply))._unsafeUnwrapErr()).toMatchObject({ retryable: false, httpStatus: 404 });
  });

  it('calls a 200 without a message id a permanent failure (sending again could send twice)', async () => {
    graph.answer(() => ({ status: 200, body: { messaging_product: 'whatsapp' } }));
    expect((await sender()(reply))._unsafeUnwrapErr()).toMatchObject({
      retryable: false,
      reason: 'response',
    });
  });

  it('waits for a slow answer within the timeout', async () => {
    graph.answer(() => ({ status: 200, body: { messages: [{ id: 'wamid.slow' }] }, delayMs: 300 }));
    expect(await sender(2_000)(reply)).toEqual(ok({ providerMessageId: 'wamid.slow' }));
  });

  it('gives up on an answer that is too slow, or never comes, as a retryable timeout', async () => {
    graph.answer(() => ({ status: 200, body: { messages: [{ id: 'late' }] }, delayMs: 1_500 }));
    const slow = await sender(200)(reply);
    expect(slow._unsafeUnwrapErr()).toEqual({
      type: 'SendFailed',
      retryable: true,
      reason: 'timeout',
      message: 'no answer in time',
    });
    graph.answer(() => 'hang');
    const started = Date.now();
    const hung = await sender(200)(reply);
    expect(hung._unsafeUnwrapErr()).toMatchObject({ retryable: true, reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('calls a refused connection a retryable network error', async () => {
    const closed = await startFakeGraph();
    await closed.close();
    const result = await createSender({ accessToken: 't', phoneNumberId: NUMBER_ID, graphUrl: closed.url })(
      reply,
    );
    expect(result._unsafeUnwrapErr()).toEqual({
      type: 'SendFailed',
      retryable: true,
      reason: 'network',
      message: 'network error',
    });
  });

  it('never throws, even when the injected fetch does', async () => {
    const throwing = createSender({
      accessToken: 't',
      phoneNumberId: NUMBER_ID,
      fetch: () => {
        throw new TypeError('boom');
      },
    });
    expect((await throwing(reply))._unsafeUnwrapErr()).toMatchObject({ retryable: true, reason: 'network' });
  });
});
