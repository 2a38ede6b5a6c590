import { recordingTarget } from '@antrean/testkit';
import { errAsync } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { handlerFor } from './support/handler-for';
import {
  APPLICANT,
  change,
  OFFICE_NUMBER_ID,
  OTHER_NUMBER_ID,
  payload,
  status,
  text,
} from './support/payloads';
import { signedPost, WEBHOOK_URL } from './support/sign';

describe('POST: routing and answers', () => {
  it('sends each business number to its own target, and logs one line per number', async () => {
    const office = recordingTarget();
    const other = recordingTarget();
    const { handler, events } = handlerFor((id) => (id === OFFICE_NUMBER_ID ? office : other));
    const body = payload([
      change(OFFICE_NUMBER_ID, { messages: [text('m1', 'a')], statuses: [status('s1', 'delivered')] }),
      change(OTHER_NUMBER_ID, { messages: [text('m2', 'b')] }),
    ]);
    expect((await handler(signedPost(body))).status).toBe(200);
    expect(office.received.map((m) => m.messageId)).toEqual(['m1']);
    expect(office.statuses).toHaveLength(1);
    expect(other.received.map((m) => m.messageId)).toEqual(['m2']);
    expect(events).toEqual([
      { type: 'Handled', phoneNumberId: OFFICE_NUMBER_ID, messages: 1, statuses: 1 },
      { type: 'Handled', phoneNumberId: OTHER_NUMBER_ID, messages: 1, statuses: 0 },
    ]);
  });

  it('answers 200 for a number no office serves, logs it, and handles nothing for it', async () => {
    const office = recordingTarget();
    const { handler, events } = handlerFor((id) => (id === OFFICE_NUMBER_ID ? office : undefined));
    const body = payload([
      change(OTHER_NUMBER_ID, { messages: [text('m1', 'a')] }),
      change(OFFICE_NUMBER_ID, { messages: [text('m2', 'b')] }),
    ]);
    expect((await handler(signedPost(body))).status).toBe(200);
    expect(office.received.map((m) => m.messageId)).toEqual(['m2']);
    expect(events[0]).toEqual({ type: 'UnknownBusinessNumber', phoneNumberId: OTHER_NUMBER_ID });
  });

  it('acknowledges delivery reports when the target does not record them', async () => {
    const handle = recordingTarget().handle;
    const { handler } = handlerFor(() => ({ handle }));
    const body = payload([change(OFFICE_NUMBER_ID, { statuses: [status('s1', 'read')] })]);
    expect((await handler(signedPost(body))).status).toBe(200);
  });

  it('answers 500 when recording a delivery report fails, so Meta redelivers', async () => {
    const target = recordingTarget();
    const { handler, events } = handlerFor(() => ({
      handle: target.handle,
      recordStatus: () => errAsync({ type: 'StoreUnavailable' }),
    }));
    const body = payload([change(OFFICE_NUMBER_ID, { statuses: [status('s1', 'read')] })]);
    expect((await handler(signedPost(body))).status).toBe(500);
    expect(events).toEqual([
      { type: 'StatusFailed', providerMessageId: 's1', error: { type: 'StoreUnavailable' } },
    ]);
  });

  it('stops at the first failed message: later ones wait for the redelivery, in order', async () => {
    const seen: string[] = [];
    const { handler } = handlerFor(() => ({
      handle: (message) => {
        seen.push(message.messageId);
        return errAsync({ type: 'StoreUnavailable' });
      },
    }));
    const body = payload([change(OFFICE_NUMBER_ID, { messages: [text('m1', 'a'), text('m2', 'b')] })]);
    expect((await handler(signedPost(body))).status).toBe(500);
    expect(seen).toEqual(['m1']);
  });

  it('answers 500, never throws, when a target or the route throws', async () => {
    const { handler, events } = handlerFor(() => {
      throw new Error('route exploded');
    });
    const body = payload([change(OFFICE_NUMBER_ID, { messages: [text('m1', 'a')] })]);
    expect((await handler(signedPost(body))).status).toBe(500);
    expect(events.map((e) => e.type)).toEqual(['HandlerFailed']);
  });

  it('logs no phone number and no message text', async () => {
    const { handler, events } = handlerFor((id) => (id === OFFICE_NUMBER_ID ? recordingTarget() : undefined));
    const body = payload([
      change(OFFICE_NUMBER_ID, { messages: [text('m1', '#BUDI#25-01-1987')] }),
      change(OTHER_NUMBER_ID, { messages: [text('m2', '#SITI#02-02-1990')] }),
    ]);
    await handler(signedPost(body));
    await handler(
      signedPost(
        '{"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{"metadata":{"phone_number_id":"1"},"messages":[{"from":"6281299004406","text":{"body":"#BUDI"}}]}}]}]}',
      ),
    );
    const logged = JSON.stringify(events);
    expect(events.map((e) => e.type)).toEqual(['Handled', 'UnknownBusinessNumber', 'PayloadUnreadable']);
    for (const secret of [APPLICANT, 'BUDI', 'SITI', '1987']) expect(logged).not.toContain(secret);
  });

  it('answers 405 to other methods', async () => {
    const { handler } = handlerFor(() => undefined);
    const response = await handler(new Request(WEBHOOK_URL, { method: 'PUT', body: 'x' }));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, POST');
  });
});
