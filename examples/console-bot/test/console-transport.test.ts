import type { HandledMessage, InboundMessage } from '@antrean/core';
import { transportConformanceSuite } from '@antrean/testkit';
import { errAsync, okAsync } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { CHANNEL, createSender, createWebhookHandler, readPayload } from '../src/console-transport';

const AT = new Date('2026-12-01T02:00:00Z');
const FROM = '+6281234567890';
const ids = () => {
  let next = 0;
  return () => {
    next += 1;
    return `line-${next}`;
  };
};
const message = (messageId: string, text: string): InboundMessage => ({
  channel: CHANNEL,
  messageId,
  from: FROM,
  text,
  receivedAt: AT,
});
const answer = (to: string, text: string): HandledMessage => ({
  to,
  text,
  outcome: { kind: 'help' },
  replayed: false,
});
const typed = (body: Uint8Array) => new Request('http://console.local/', { method: 'POST', body });

// The terminal on the transport contract: the suite's fixtures run; signatures, redelivery and
// hostile JSON do not apply (no sender to authenticate, a fresh id per line, any text is a message).
transportConformanceSuite(
  { describe, it, expect },
  {
    name: 'console',
    createHandler: (target) =>
      createWebhookHandler({
        target: {
          handle: (inbound) =>
            target
              .handle(inbound)
              .map(() => answer(inbound.from, 'ok'))
              .mapErr((error) => ({ type: 'StoreUnavailable' as const, message: error.type })),
        },
        from: () => FROM,
        now: () => AT,
        newId: ids(),
      }),
    signedRequest: typed,
    forgedRequest: typed,
    fixtures: [
      {
        name: 'one typed line',
        body: '#BUDI#25011987#02122026\n',
        expectedMessages: [message('line-1', '#BUDI#25011987#02122026')],
      },
      {
        name: 'lines with blanks, a Windows line end and a session command (not a message)',
        body: 'halo\r\n\n   \n/from 0812\n#BANTUAN',
        expectedMessages: [message('line-1', 'halo'), message('line-5', '#BANTUAN')],
      },
    ],
    notApplicable: ['signature', 'redelivery', 'hostile bodies'],
  },
);

describe('the console transport', () => {
  const handler = (failing = false) =>
    createWebhookHandler({
      target: {
        handle: (inbound) =>
          failing
            ? errAsync({ type: 'StoreUnavailable' as const, message: 'down' })
            : okAsync(answer(inbound.from, `re: ${inbound.text}`)),
      },
      from: () => FROM,
      now: () => AT,
      maxBodyBytes: 1024,
    });

  it('answers typed lines with their replies, a blank line between them', async () => {
    const response = await handler()(typed(new TextEncoder().encode('a\nb')));
    expect([response.status, await response.text()]).toEqual([200, 're: a\n\nre: b']);
  });

  it.each([
    ['an empty body', new Uint8Array(0), 200],
    ['a body over the limit', new Uint8Array(2048).fill(0x61), 413],
    ['invalid UTF-8', Uint8Array.of(0x61, 0xff, 0x0a), 200],
  ])('answers %s with %i and no 5xx', async (_, body, status) => {
    const response = await handler()(typed(body));
    expect([response.status, await response.text()]).toEqual([
      status,
      status === 200 ? '' : 'payload too large',
    ]);
  });

  it('answers 500 when the store fails', async () => {
    expect((await handler(true)(typed(new TextEncoder().encode('halo')))).status).toBe(500);
  });

  it('reads a command with its word lower-cased, and keeps a message as typed', () => {
    const context = { from: FROM, receivedAt: AT, messageId: 'x' };
    expect(readPayload('  /FROM  0812 3456 ', context)).toEqual({
      type: 'Command',
      word: 'from',
      argument: '0812 3456',
    });
    expect(readPayload('  #Budi ', context)).toEqual({
      type: 'Message',
      message: { ...message('x', '  #Budi ') },
    });
  });

  it('numbers the replies it writes', async () => {
    const written: string[] = [];
    const send = createSender((reply) => written.push(reply.text));
    expect((await send(answer(FROM, 'a')))._unsafeUnwrap()).toEqual({ providerMessageId: 'console-1' });
    expect((await send(answer(FROM, 'b')))._unsafeUnwrap()).toEqual({ providerMessageId: 'console-2' });
    expect(written).toEqual(['a', 'b']);
  });
});
