import type { InboundMessage } from '@antrean/core';
import { errAsync, okAsync } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { OFFICE_NUMBER, smsForm, whatsappForm, withField } from './support/forms';
import { handlerFor } from './support/handler-for';
import { type Fields, fieldsOf, formBody, post, signatureOf, signedPost } from './support/sign';

const replying = (text: string) => {
  const received: InboundMessage[] = [];
  return {
    received,
    handle: (message: InboundMessage) => {
      received.push(message);
      return okAsync({ text });
    },
  };
};
const XML = '<?xml version="1.0" encoding="UTF-8"?>';
const sign = (fields: Fields) => signedPost(formBody(fields));

describe('createWebhookHandler', () => {
  it('answers a WhatsApp message with its reply as escaped TwiML, text as written', async () => {
    const target = replying('Kode: <AB&12> “ok” 😀');
    const { handler } = handlerFor(() => target);
    const response = await handler(sign(whatsappForm('SM1', 'halo')));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/xml; charset=utf-8');
    expect(await response.text()).toBe(
      `${XML}<Response><Message>Kode: &lt;AB&amp;12&gt; “ok” 😀</Message></Response>`,
    );
  });

  it('answers an SMS in GSM-7', async () => {
    const { handler } = handlerFor(() => replying('Sesi 08:00–10:00 WIB… “ok” 😀'));
    const response = await handler(sign(smsForm('SM2', 'halo')));
    expect(await response.text()).toBe(
      `${XML}<Response><Message>Sesi 08:00-10:00 WIB... &quot;ok&quot; ?</Message></Response>`,
    );
  });

  it('answers an empty reply with <Response/>', async () => {
    const { handler } = handlerFor(() => replying(''));
    expect(await (await handler(sign(smsForm('SM3', 'x')))).text()).toBe(`${XML}<Response/>`);
  });

  it('routes by the receiving number (whatsapp: removed) and the channel', async () => {
    const routed: string[] = [];
    const { handler } = handlerFor((to, channel) => {
      routed.push(`${channel} ${to}`);
      return replying('x');
    });
    await handler(sign(whatsappForm('SM4', 'a')));
    await handler(sign(smsForm('SM5', 'b')));
    expect(routed).toEqual([`twilio-whatsapp ${OFFICE_NUMBER}`, `twilio-sms ${OFFICE_NUMBER}`]);
  });

  it('gives an unknown receiving number an empty TwiML and logs it', async () => {
    const { handler, events } = handlerFor(() => undefined);
    const response = await handler(sign(smsForm('SM6', 'b')));
    expect([response.status, await response.text()]).toEqual([200, `${XML}<Response/>`]);
    expect(events).toEqual([{ type: 'UnknownReceivingNumber', channel: 'twilio-sms' }]);
  });

  it('answers 500 when the target fails (its store is down), and logs ids only', async () => {
    const { handler, events } = handlerFor(() => ({ handle: () => errAsync({ type: 'StoreUnavailable' }) }));
    const response = await handler(sign(smsForm('SM7', 'b')));
    expect(response.status).toBe(500);
    expect(events).toEqual([{ type: 'HandleFailed', messageId: 'SM7', error: { type: 'StoreUnavailable' } }]);
  });

  it('validates against the configured public URL, not the Host and scheme the request arrived with', async () => {
    const target = replying('x');
    const { handler } = handlerFor(() => target);
    const body = formBody(smsForm('SM8', 'b'));
    const signedForRequestUrl = post(
      body,
      signatureOf('http://10.0.0.7:8080/twilio', fieldsOf(new TextEncoder().encode(body))),
    );
    expect((await handler(signedForRequestUrl)).status).toBe(403);
    expect(target.received).toEqual([]);
  });

  it.each([
    ['From and To of different channels', withField(smsForm('SM9', 'x'), 'To', `whatsapp:${OFFICE_NUMBER}`)],
    ['no MessageSid', smsForm('SM10', 'x').filter(([k]) => k !== 'MessageSid' && k !== 'SmsMessageSid')],
    ['a repeated Body', smsForm('SM11', 'x', [['Body', 'y']])],
    ['a From that is no number', withField(smsForm('SM12', 'x'), 'From', 'messenger:123')],
  ])('reads a signed form with %s as unreadable: empty TwiML, nothing handled', async (_, fields) => {
    const target = replying('x');
    const { handler, events } = handlerFor(() => target);
    const response = await handler(sign(fields));
    expect([response.status, await response.text()]).toEqual([200, `${XML}<Response/>`]);
    expect(target.received).toEqual([]);
    expect(events[0]?.type).toBe('PayloadUnreadable');
  });

  it('refuses an escaped value that is not UTF-8, signed, without handling it', async () => {
    const target = replying('x');
    const { handler, events } = handlerFor(() => target);
    const response = await handler(
      sign([...smsForm('SM13', 'x').filter(([k]) => k !== 'Body'), ['Body', '\ufffd']]).clone(),
    );
    expect(response.status).toBe(200);
    const raw = `${formBody(smsForm('SM14', 'x').filter(([k]) => k !== 'Body'))}&Body=%FF`;
    const again = await handler(signedPost(raw));
    expect([again.status, await again.text()]).toEqual([200, `${XML}<Response/>`]);
    expect(target.received.map((m) => m.messageId)).toEqual(['SM13']);
    expect(events.at(-1)).toEqual({ type: 'PayloadUnreadable', problem: 'encoding', detail: 'not UTF-8' });
  });

  it.each(['GET', 'PUT'])('answers %s with 405', async (method) => {
    const { handler } = handlerFor(() => replying('x'));
    expect((await handler(new Request('https://bot.example.org/twilio', { method }))).status).toBe(405);
  });

  it('refuses a missing signature with 400 before reading the body', async () => {
    const { handler, events } = handlerFor(() => replying('x'));
    const body = new ReadableStream({
      pull: () => {
        throw new Error('read');
      },
    });
    const request = new Request('https://bot.example.org/twilio', {
      method: 'POST',
      body,
      duplex: 'half',
    } as RequestInit);
    expect((await handler(request)).status).toBe(400);
    expect(events).toEqual([{ type: 'SignatureRefused', problem: 'missing' }]);
  });

  it('answers 413 past maxBodyBytes', async () => {
    const { handler } = handlerFor(() => replying('x'), 100);
    expect((await handler(sign(smsForm('SM15', 'x'.repeat(200))))).status).toBe(413);
  });
});
