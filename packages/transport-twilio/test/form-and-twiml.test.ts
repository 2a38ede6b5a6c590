import { escapeXml, parseForm, readPayload, twimlReply } from '@antrean/transport-twilio';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APPLICANT, OFFICE_NUMBER, RECEIVED_AT, smsForm } from './support/forms';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseForm', () => {
  it('reads names and values as the URL standard does, repeated keys kept in order', () => {
    expect(parseForm(bytes('Body=a+b%2Bc%26d&X=1&X=2&Empty=&Flag&=v&&A%3D=%E2%98%BA'))).toEqual({
      fields: [
        ['Body', 'a b+c&d'],
        ['X', '1'],
        ['X', '2'],
        ['Empty', ''],
        ['Flag', ''],
        ['', 'v'],
        ['A=', '☺'],
      ],
      wellFormed: true,
    });
  });

  it('agrees with URLSearchParams on any form of valid text', () => {
    const field = fc.tuple(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(field, { maxLength: 6 }), (fields) => {
        const body = new URLSearchParams(fields).toString();
        expect(parseForm(bytes(body))).toEqual({ fields: [...new URLSearchParams(body)], wellFormed: true });
      }),
    );
  });

  it.each([
    ['raw bytes', Uint8Array.of(0x42, 0x6f, 0x64, 0x79, 0x3d, 0xff)],
    ['an escape', bytes('Body=%C3%28')],
    ['a name', bytes('%FF=1')],
  ])('notices %s that are not UTF-8, replacing them as URLSearchParams does', (_, body) => {
    const parsed = parseForm(body);
    expect(parsed.wellFormed).toBe(false);
    expect(parsed.fields).toEqual([...new URLSearchParams(new TextDecoder().decode(body))]);
  });

  it('keeps a broken escape as written', () => {
    expect(parseForm(bytes('Body=100%&X=%zz')).fields).toEqual([
      ['Body', '100%'],
      ['X', '%zz'],
    ]);
  });
});

describe('readPayload', () => {
  it('reads an SMS form into the receiving number, the channel and the message', () => {
    expect(readPayload(smsForm('SM1', 'halo'), RECEIVED_AT)._unsafeUnwrap()).toEqual({
      to: OFFICE_NUMBER,
      channel: 'twilio-sms',
      message: {
        channel: 'twilio-sms',
        messageId: 'SM1',
        from: APPLICANT,
        text: 'halo',
        receivedAt: RECEIVED_AT,
      },
    });
  });

  it('reads a form without Body as empty text, and the older SmsMessageSid', () => {
    const fields = smsForm('SM2', '').filter(([name]) => name !== 'Body' && name !== 'MessageSid');
    expect(readPayload(fields, RECEIVED_AT)._unsafeUnwrap().message).toMatchObject({
      messageId: 'SM2',
      text: '',
    });
  });

  it('never throws, whatever the fields', () => {
    const field = fc.tuple(
      fc.constantFrom('MessageSid', 'From', 'To', 'Body', 'x'),
      fc.string({ unit: 'binary' }),
    );
    fc.assert(fc.property(fc.array(field), (fields) => void readPayload(fields, RECEIVED_AT)));
  });
});

describe('TwiML', () => {
  it('escapes markup and drops what XML cannot carry', () => {
    expect(escapeXml(`<b>&'"</b>\u0000\u0007\t\n\r\ud800x\ufffe😀`)).toBe(
      '&lt;b&gt;&amp;&apos;&quot;&lt;/b&gt;\t\n\rx😀',
    );
  });

  it('answers nothing to say with an empty Response', () => {
    expect(twimlReply('')).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
    expect(twimlReply('\u0000')).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
  });

  it('keeps any text intact through escaping (unescaped, it is the text with forbidden characters removed)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (text) => {
        const escaped = escapeXml(text);
        expect(escaped).not.toMatch(/[<>]|&(?!amp;|lt;|gt;|quot;|apos;)/);
        const unescaped = escaped.replace(
          /&(amp|lt|gt|quot|apos);/g,
          (entity) =>
            ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" })[entity] ?? entity,
        );
        expect(unescaped).toBe(text.replace(/(?![\t\n\r])\p{Cc}|\p{Cs}|[\ufffe\uffff]/gu, ''));
      }),
    );
  });
});
