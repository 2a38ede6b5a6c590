import { transportConformanceSuite } from '@antrean/testkit';
import { createWebhookHandler } from '@antrean/transport-twilio';
import { describe, expect, it } from 'vitest';
import { inbound, RECEIVED_AT, smsForm, whatsappForm, withField } from './support/forms';
import { AUTH_TOKEN, fieldsOf, formBody, PUBLIC_URL, post, signatureOf, signedPost } from './support/sign';

const fixtures = [
  {
    name: 'a WhatsApp text through Twilio',
    body: formBody(whatsappForm('SM0123456789abcdef0123456789abcdef', 'Halo, mau booking')),
    expectedMessages: [inbound('twilio-whatsapp', 'SM0123456789abcdef0123456789abcdef', 'Halo, mau booking')],
  },
  {
    name: 'an SMS',
    body: formBody(smsForm('SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '#BANTUAN')),
    expectedMessages: [inbound('twilio-sms', 'SMaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '#BANTUAN')],
  },
  {
    name: 'a WhatsApp photo without a caption (empty text: answered with help)',
    body: formBody(
      withField(
        whatsappForm('MM0123456789abcdef0123456789abcdef', '', [
          ['MediaContentType0', 'image/jpeg'],
          ['MediaUrl0', 'https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1'],
        ]),
        'NumMedia',
        '1',
      ),
    ),
    expectedMessages: [inbound('twilio-whatsapp', 'MM0123456789abcdef0123456789abcdef', '')],
  },
  {
    name: 'a form with fields Twilio added later (kept in the signature, not read)',
    body: formBody(
      smsForm('SMbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 'Hello ☺', [['AddOns', '{"status":"successful"}']]),
    ),
    expectedMessages: [inbound('twilio-sms', 'SMbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 'Hello ☺')],
  },
  {
    name: 'a form with a repeated unknown key',
    body: formBody(
      smsForm('SMcccccccccccccccccccccccccccccccc', 'halo', [
        ['X', '2'],
        ['X', '1'],
        ['X', '2'],
      ]),
    ),
    expectedMessages: [inbound('twilio-sms', 'SMcccccccccccccccccccccccccccccccc', 'halo')],
  },
];

transportConformanceSuite(
  { describe, it, expect },
  {
    name: 'twilio',
    createHandler: (target) =>
      createWebhookHandler({
        authToken: AUTH_TOKEN,
        publicUrl: PUBLIC_URL,
        now: () => RECEIVED_AT,
        route: () => ({ handle: (message) => target.handle(message).map(() => ({ text: 'ok' })) }),
      }),
    signedRequest: (body) => signedPost(body),
    forgedRequest: (body, problem) => {
      if (problem === 'missing') return post(body, undefined);
      if (problem === 'malformed') return post(body, signatureOf(PUBLIC_URL, fieldsOf(body)).slice(0, -2));
      return post(body, signatureOf(PUBLIC_URL, fieldsOf(body), 'another auth token'));
    },
    fixtures,
    statuses: { refused: { missing: 400, malformed: 403, wrong: 403 } },
  },
);
