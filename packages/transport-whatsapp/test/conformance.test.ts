import { transportConformanceSuite } from '@antrean/testkit';
import { createWebhookHandler } from '@antrean/transport-whatsapp';
import { describe, expect, it } from 'vitest';
import {
  change,
  inbound,
  OFFICE_NUMBER_ID,
  OTHER_NUMBER_ID,
  ofType,
  payload,
  status,
  TIMESTAMP,
  text,
} from './support/payloads';
import { APP_SECRET, post, signatureOf, signedPost } from './support/sign';

const at = new Date(Number(TIMESTAMP) * 1000);
const delivery = (id: string, state: string, errorCode?: number) => ({
  channel: 'whatsapp',
  providerMessageId: id,
  state,
  at,
  ...(errorCode === undefined ? {} : { errorCode }),
});

/** 20 messages over 2 entries of 2 changes each, 5 per change. */
const twentyIds = Array.from({ length: 20 }, (_, index) => `wamid.batch${index}`);
const fiveFrom = (start: number) =>
  twentyIds.slice(start, start + 5).map((id, index) => text(id, `#BATCH#${start + index}`));
const batchOfTwenty = payload(
  [change(OFFICE_NUMBER_ID, { messages: fiveFrom(0) }), change(OFFICE_NUMBER_ID, { messages: fiveFrom(5) })],
  [
    change(OFFICE_NUMBER_ID, { messages: fiveFrom(10) }),
    change(OFFICE_NUMBER_ID, { messages: fiveFrom(15) }),
  ],
);

const fixtures = [
  {
    name: "Meta's documented text message",
    body: payload([
      change(OFFICE_NUMBER_ID, { messages: [text('wamid.HBgLMTY1', 'Does it come in another color?')] }),
    ]),
    expectedMessages: [inbound('wamid.HBgLMTY1', 'Does it come in another color?')],
  },
  {
    name: 'an image (read with empty text, so it is answered with help)',
    body: payload([
      change(OFFICE_NUMBER_ID, { messages: [ofType('wamid.img', 'image', { caption: '#BOOK' })] }),
    ]),
    expectedMessages: [inbound('wamid.img', '')],
  },
  {
    name: 'a reaction (ignored)',
    body: payload([
      change(OFFICE_NUMBER_ID, {
        messages: [ofType('wamid.react', 'reaction', { emoji: '👍', message_id: 'x' })],
      }),
    ]),
    expectedMessages: [],
  },
  {
    name: 'status callbacks: sent, delivered, read, failed with its code',
    body: payload([
      change(OFFICE_NUMBER_ID, {
        statuses: [
          status('wamid.out1', 'sent'),
          status('wamid.out1', 'delivered'),
          status('wamid.out1', 'read'),
          status('wamid.out2', 'failed', [{ code: 131026, title: 'Message undeliverable' }]),
        ],
      }),
    ]),
    expectedMessages: [],
    expectedStatuses: [
      delivery('wamid.out1', 'sent'),
      delivery('wamid.out1', 'delivered'),
      delivery('wamid.out1', 'read'),
      delivery('wamid.out2', 'failed', 131026),
    ],
  },
  {
    name: 'a batch of 20 messages across entries and changes',
    body: batchOfTwenty,
    expectedMessages: twentyIds.map((id, index) => inbound(id, `#BATCH#${index}`)),
  },
  {
    name: 'two business numbers in one payload',
    body: payload([
      change(OFFICE_NUMBER_ID, { messages: [text('wamid.one', 'halo')] }),
      change(OTHER_NUMBER_ID, { messages: [text('wamid.two', 'hello')] }),
    ]),
    expectedMessages: [inbound('wamid.one', 'halo'), inbound('wamid.two', 'hello')],
  },
];

transportConformanceSuite(
  { describe, it, expect },
  {
    name: 'whatsapp',
    createHandler: (target) =>
      createWebhookHandler({ appSecret: APP_SECRET, verifyToken: 'verify', route: () => target }),
    signedRequest: signedPost,
    forgedRequest: (body, problem) => {
      if (problem === 'missing') return post(body, undefined);
      if (problem === 'malformed') return post(body, signatureOf(body).replace('sha256=', 'sha1='));
      return post(body, signatureOf(body, 'another app secret'));
    },
    fixtures,
  },
);
