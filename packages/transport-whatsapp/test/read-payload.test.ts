import { readPayload } from '@antrean/transport-whatsapp';
import { describe, expect, it } from 'vitest';
import {
  change,
  inbound,
  OFFICE_NUMBER_ID,
  OTHER_NUMBER_ID,
  ofType,
  payload,
  status,
  text,
} from './support/payloads';

const read = (body: string) => readPayload(JSON.parse(body));

describe('readPayload', () => {
  it('groups messages and statuses per business number, in the order numbers first appear', () => {
    const body = payload(
      [change(OTHER_NUMBER_ID, { messages: [text('m1', 'a')] })],
      [
        change(OFFICE_NUMBER_ID, { messages: [text('m2', 'b')], statuses: [status('s1', 'read')] }),
        change(OTHER_NUMBER_ID, { messages: [text('m3', 'c')] }),
      ],
    );
    const batch = read(body)._unsafeUnwrap();
    expect(batch.map((updates) => updates.phoneNumberId)).toEqual([OTHER_NUMBER_ID, OFFICE_NUMBER_ID]);
    expect(batch[0]?.messages).toEqual([inbound('m1', 'a'), inbound('m3', 'c')]);
    expect(batch[1]?.messages).toEqual([inbound('m2', 'b')]);
    expect(batch[1]?.statuses.map((s) => [s.providerMessageId, s.state])).toEqual([['s1', 'read']]);
  });

  it.each([
    'image',
    'audio',
    'video',
    'document',
    'location',
    'sticker',
    'contacts',
    'interactive',
    'button',
    'unsupported',
    'order',
    'a-type-from-2030',
  ])('reads a %s message with empty text (the service answers help)', (type) => {
    const batch = read(
      payload([change(OFFICE_NUMBER_ID, { messages: [ofType('x1', type)] })]),
    )._unsafeUnwrap();
    expect(batch[0]?.messages).toEqual([inbound('x1', '')]);
  });

  it('ignores reactions, statuses it does not track, and changes of other fields', () => {
    const body = payload([
      change(OFFICE_NUMBER_ID, {
        messages: [ofType('r1', 'reaction', { emoji: '❤' })],
        statuses: [status('s', 'deleted')],
      }),
      { field: 'account_update', value: { event: 'VERIFIED_ACCOUNT' } },
    ]);
    expect(read(body)._unsafeUnwrap()).toEqual([
      { phoneNumberId: OFFICE_NUMBER_ID, messages: [], statuses: [] },
    ]);
  });

  it('takes the business-scoped user id, or nothing, when `from` is absent', () => {
    const noFrom = {
      id: 'u1',
      from_user_id: 'ID.1234567890',
      timestamp: '1749416383',
      type: 'text',
      text: { body: 'hi' },
    };
    const nothing = { id: 'u2', timestamp: '1749416383', type: 'text', text: { body: 'hi' } };
    const batch = read(payload([change(OFFICE_NUMBER_ID, { messages: [noFrom, nothing] })]))._unsafeUnwrap();
    expect(batch[0]?.messages.map((m) => m.from)).toEqual(['ID.1234567890', '']);
  });

  it('keeps the first error code of a failed status', () => {
    const failed = status('s2', 'failed', [{ code: 131047, title: 'Re-engagement message' }, { code: 1 }]);
    const batch = read(payload([change(OFFICE_NUMBER_ID, { statuses: [failed] })]))._unsafeUnwrap();
    expect(batch[0]?.statuses).toEqual([
      {
        channel: 'whatsapp',
        providerMessageId: 's2',
        state: 'failed',
        at: new Date(1749416383000),
        errorCode: 131047,
      },
    ]);
  });

  it.each([
    ['another object', { object: 'page', entry: [] }],
    ['no entries', { object: 'whatsapp_business_account' }],
    [
      'a message without id',
      JSON.parse(payload([change(OFFICE_NUMBER_ID, { messages: [{ type: 'text', timestamp: '1' }] })])),
    ],
    [
      'a timestamp that is not seconds',
      JSON.parse(
        payload([change(OFFICE_NUMBER_ID, { messages: [{ ...text('t', 'x'), timestamp: 'soon' }] })]),
      ),
    ],
    [
      'no metadata',
      { object: 'whatsapp_business_account', entry: [{ changes: [{ field: 'messages', value: {} }] }] },
    ],
  ])('refuses %s as an unknown shape, naming where', (_, json) => {
    const result = readPayload(json);
    expect(result.isErr() && result.error.type === 'PayloadUnreadable' && result.error.problem).toBe('shape');
  });
});
