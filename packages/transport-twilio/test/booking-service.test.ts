import {
  centralJakartaOffice,
  createBookingService,
  type HandledMessage,
  nanoidCodeGenerator,
} from '@antrean/core';
import { fixedClock } from '@antrean/core/testing';
import { createMemoryStore, memoryTablesOf } from '@antrean/storage-memory';
import { createWebhookHandler, isGsm7 } from '@antrean/transport-twilio';
import { describe, expect, it } from 'vitest';
import { smsForm, whatsappForm, withField } from './support/forms';
import { AUTH_TOKEN, type Fields, formBody, PUBLIC_URL, signedPost } from './support/sign';

// The transport in front of the real booking service over a memory store: what a bot runs.
async function officeHandler() {
  const store = (await createMemoryStore())._unsafeUnwrap();
  const service = createBookingService({
    office: centralJakartaOffice,
    store,
    clock: fixedClock(new Date('2030-03-01T03:00:00Z')),
    generateCode: nanoidCodeGenerator,
  })._unsafeUnwrap();
  const answers: HandledMessage[] = [];
  const handler = createWebhookHandler({
    authToken: AUTH_TOKEN,
    publicUrl: PUBLIC_URL,
    route: () => ({
      handle: (message) =>
        service.handle(message).map((handled) => {
          answers.push(handled);
          return handled;
        }),
    }),
  });
  const bookings = () => memoryTablesOf(store)?.bookings.size ?? 0;
  const send = async (fields: Fields) => {
    const response = await handler(signedPost(formBody(fields)));
    return { status: response.status, twiml: await response.text() };
  };
  return { send, answers, bookings };
}

const BOOK = '#BUDI SANTOSO#25011987#04032030';
const messageOf = (twiml: string) => /<Message>([\s\S]*)<\/Message>/.exec(twiml)?.[1] ?? '';

describe('webhook to booking service, replies in TwiML', () => {
  it.each([
    ['WhatsApp', whatsappForm],
    ['SMS', smsForm],
  ])(
    'books over %s and answers the code; a redelivery gets the same TwiML and books nothing new',
    async (_, form) => {
      const office = await officeHandler();
      const first = await office.send(form('SM00000000000000000000000000000001', BOOK));
      const again = await office.send(form('SM00000000000000000000000000000001', BOOK));
      expect(first.status).toBe(200);
      expect(office.answers.map((a) => [a.outcome.kind, a.replayed])).toEqual([
        ['confirmed', false],
        ['confirmed', true],
      ]);
      const outcome = office.answers[0]?.outcome;
      expect(outcome?.kind === 'confirmed' && messageOf(first.twiml).includes(outcome.code)).toBe(true);
      expect(again).toEqual(first);
      expect(office.bookings()).toBe(1);
    },
  );

  it('keeps the two channels apart: the same sid over SMS and WhatsApp is two messages', async () => {
    const office = await officeHandler();
    await office.send(smsForm('SM00000000000000000000000000000002', '#BANTUAN'));
    await office.send(whatsappForm('SM00000000000000000000000000000002', '#BANTUAN'));
    expect(office.answers.map((a) => a.replayed)).toEqual([false, false]);
  });

  it('answers every SMS reply in GSM-7, the refusals too', async () => {
    const office = await officeHandler();
    const texts = ['#BANTUAN', '#x#y', BOOK, '#BATAL#K7QM-3XPR', '😀 “halo”', '#STATUS'];
    for (const [index, text] of texts.entries()) {
      const { twiml } = await office.send(
        withField(smsForm(`SM1000000000000000000000000000000${index}`, text), 'From', '+6281299004406'),
      );
      expect(isGsm7(messageOf(twiml).replaceAll('&quot;', '"').replaceAll('&apos;', "'"))).toBe(true);
    }
  });
});
