import { createWebhookHandler } from '@antrean/transport-whatsapp';
import { describe, expect, it } from 'vitest';
import { bookingOffice } from './support/booking-office';
import { change, OFFICE_NUMBER_ID, ofType, payload, text } from './support/payloads';
import { APP_SECRET, signedPost } from './support/sign';

// The transport in front of the real booking service over a memory store: what a bot runs.
const officeHandler = async () => {
  const office = await bookingOffice();
  const handler = createWebhookHandler({
    appSecret: APP_SECRET,
    verifyToken: 'v',
    route: () => office.target,
  });
  return { office, handler };
};
// Each applicant a different name (letters only), from the id's last two digits.
const nameOf = (id: string) => `BUDI ${String.fromCharCode(65 + (Number(id.slice(-2)) % 26))}`;
const book = (id: string, from: string) => text(id, `#${nameOf(id)}#25011987#04032030`, from);
const applicant = (index: number) => `62812990044${String(index).padStart(2, '0')}`;

describe('webhook to booking service', () => {
  it('books once for a signed message, and a redelivery changes nothing', async () => {
    const { office, handler } = await officeHandler();
    const body = payload([change(OFFICE_NUMBER_ID, { messages: [book('wamid.b01', applicant(1))] })]);
    expect((await handler(signedPost(body))).status).toBe(200);
    expect((await handler(signedPost(body))).status).toBe(200);
    expect(office.bookings()).toBe(1);
    expect(office.answers.map((a) => [a.outcome.kind, a.replayed, a.to])).toEqual([
      ['confirmed', false, '+6281299004401'],
      ['confirmed', true, '+6281299004401'],
    ]);
    expect(office.answers[1]?.text).toBe(office.answers[0]?.text);
  });

  it('answers an image with help and books nothing', async () => {
    const { office, handler } = await officeHandler();
    const body = payload([
      change(OFFICE_NUMBER_ID, { messages: [ofType('wamid.i1', 'image', { caption: '#X' })] }),
    ]);
    expect((await handler(signedPost(body))).status).toBe(200);
    expect(office.answers.map((a) => a.outcome.kind)).toEqual(['help']);
    expect(office.bookings()).toBe(0);
  });

  it('books 20 applicants from one payload of 20 messages', async () => {
    const { office, handler } = await officeHandler();
    const messages = Array.from({ length: 20 }, (_, index) =>
      book(`wamid.b${String(index).padStart(2, '0')}`, applicant(index)),
    );
    const body = payload(
      [change(OFFICE_NUMBER_ID, { messages: messages.slice(0, 10) })],
      [change(OFFICE_NUMBER_ID, { messages: messages.slice(10) })],
    );
    expect((await handler(signedPost(body))).status).toBe(200);
    expect(office.answers.map((a) => a.outcome.kind)).toEqual(Array(20).fill('confirmed'));
    expect(office.bookings()).toBe(20);
  });

  it('refuses to book for a sender known only by a business-scoped user id', async () => {
    const { office, handler } = await officeHandler();
    const message = { ...book('wamid.u21', ''), from: undefined, from_user_id: 'ID.1234567890123' };
    const body = payload([change(OFFICE_NUMBER_ID, { messages: [message] })]);
    expect((await handler(signedPost(body))).status).toBe(200);
    expect(office.answers[0]?.outcome).toMatchObject({ kind: 'rejected', reason: 'NotPersonalNumber' });
    expect(office.bookings()).toBe(0);
  });
});
