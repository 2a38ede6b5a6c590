import type { InboundMessage } from '@antrean/core';
import { readPayload } from '@antrean/transport-twilio';
import { okAsync } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { APPLICANT, RECEIVED_AT, smsForm, whatsappForm, withField } from './support/forms';
import { handlerFor } from './support/handler-for';
import { type Fields, formBody, signedPost } from './support/sign';

const XML = '<?xml version="1.0" encoding="UTF-8"?>';
const sign = (fields: Fields) => signedPost(formBody(fields));

/** A target that keeps what it is handed and answers `text`. */
const replying = (text: string) => {
  const received: InboundMessage[] = [];
  const handle = (message: InboundMessage) => {
    received.push(message);
    return okAsync({ text });
  };
  return { received, handle };
};

describe('a signed Twilio form with a NUL (which PostgreSQL refuses) in a stored field', () => {
  it('drops a NUL from Body and answers the message: 200 with the reply', async () => {
    const target = replying('Kode: AB12-CD34');
    const { handler } = handlerFor(() => target);
    const response = await handler(sign(whatsappForm('SM1', '#BUDI\u0000#25011987')));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<Message>Kode: AB12-CD34</Message>');
    expect(target.received.map((m) => m.text)).toEqual(['#BUDI#25011987']);
  });

  it.each([
    ['MessageSid', 'SM2\u0000'],
    ['From', `${APPLICANT}\u0000`],
    ['To', '+14155238886\u0000'],
  ])(
    'refuses one in %s as unreadable (logged by field name only): 200, <Response/>, nothing handled',
    async (name, value) => {
      const target = replying('x');
      const { handler, events } = handlerFor(() => target);
      const fields = withField(
        name === 'MessageSid' ? withField(smsForm('SM2', 'a'), 'SmsMessageSid', value) : smsForm('SM2', 'a'),
        name,
        value,
      );
      const response = await handler(sign(fields));
      expect([response.status, await response.text()]).toEqual([200, `${XML}<Response/>`]);
      expect(target.received).toEqual([]);
      expect(events).toEqual([{ type: 'PayloadUnreadable', problem: 'shape', detail: name }]);
    },
  );

  it('makes a lone surrogate in Body U+FFFD (a caller of readPayload may pass any string)', () => {
    const read = readPayload(smsForm('SM3', 'a\uD800b\uDC00'), RECEIVED_AT)._unsafeUnwrap();
    expect(read.message.text).toBe('a\uFFFDb\uFFFD');
  });
});
