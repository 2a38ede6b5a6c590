import { recordingTarget } from '@antrean/testkit';
import { readPayload } from '@antrean/transport-whatsapp';
import { describe, expect, it } from 'vitest';
import { handlerFor } from './support/handler-for';
import { APPLICANT, change, inbound, OFFICE_NUMBER_ID, payload, status, text } from './support/payloads';
import { signedPost } from './support/sign';

/** Characters PostgreSQL's `text` refuses (NUL) or cannot keep as they are (lone surrogates). */
const UNSTORABLE = [
  ['a NUL', '\u0000'],
  ['a lone high surrogate', '\uD83D'],
  ['a lone low surrogate', '\uDE00'],
] as const;

describe.each(UNSTORABLE)('a signed payload with %s in a stored field', (_, bad) => {
  it('skips the message whose id holds it, logs which (never the id), and handles the other: 200', async () => {
    const office = recordingTarget();
    const { handler, events } = handlerFor(() => office);
    const body = payload([
      change(OFFICE_NUMBER_ID, { messages: [text(`wamid.x${bad}y`, 'a'), text('m2', 'b')] }),
    ]);
    expect((await handler(signedPost(body))).status).toBe(200);
    expect(office.received).toEqual([expect.objectContaining(inbound('m2', 'b'))]);
    expect(events).toEqual([
      { type: 'UpdateUnreadable', phoneNumberId: OFFICE_NUMBER_ID, kind: 'message', field: 'id', index: 0 },
      { type: 'Handled', phoneNumberId: OFFICE_NUMBER_ID, messages: 1, statuses: 0 },
    ]);
    expect(JSON.stringify(events)).not.toContain('wamid.x');
  });

  it('skips a message whose sender (`from`) holds it, and handles the other', async () => {
    const office = recordingTarget();
    const { handler, events } = handlerFor(() => office);
    const messages = [text('m1', 'a', `${APPLICANT}${bad}`), text('m2', 'b')];
    expect(await handler(signedPost(payload([change(OFFICE_NUMBER_ID, { messages })])))).toHaveProperty(
      'status',
      200,
    );
    expect(office.received.map((m) => m.messageId)).toEqual(['m2']);
    expect(events[0]).toEqual({
      type: 'UpdateUnreadable',
      phoneNumberId: OFFICE_NUMBER_ID,
      kind: 'message',
      field: 'from',
      index: 0,
    });
    expect(JSON.stringify(events)).not.toContain(APPLICANT);
  });

  it('skips a status whose id holds it, and records the other status', async () => {
    const office = recordingTarget();
    const { handler, events } = handlerFor(() => office);
    const statuses = [status('wamid.s1', 'delivered'), status(`wamid.s2${bad}`, 'read')];
    expect((await handler(signedPost(payload([change(OFFICE_NUMBER_ID, { statuses })])))).status).toBe(200);
    expect(office.statuses).toEqual([expect.objectContaining({ providerMessageId: 'wamid.s1' })]);
    expect(events[0]).toEqual({
      type: 'UpdateUnreadable',
      phoneNumberId: OFFICE_NUMBER_ID,
      kind: 'status',
      field: 'id',
      index: 1,
    });
  });

  it('keeps a message whose text holds it, with NUL dropped and lone surrogates made U+FFFD', () => {
    const body = payload([change(OFFICE_NUMBER_ID, { messages: [text('m1', `#BUDI${bad}#25011987`)] })]);
    const [updates] = readPayload(JSON.parse(body))._unsafeUnwrap();
    const expected = bad === '\u0000' ? '#BUDI#25011987' : '#BUDI\uFFFD#25011987';
    expect(updates?.messages).toEqual([inbound('m1', expected)]);
    expect(updates?.unreadable).toBeUndefined();
  });
});
