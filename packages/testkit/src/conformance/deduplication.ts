/**
 * Message deduplication. A message key is (channel, messageId).
 * - `reserve`/`cancel` with a `message` whose key is recorded answer `DuplicateMessage` with the
 *   stored reply and change nothing. On success they record `render(booking)` as the key's reply
 *   in the same step and return it; on any other answer they record nothing.
 * - `recordReply(key, reply, at)` inserts when the key is absent and returns `reply`; when
 *   present it returns the stored reply unchanged. `findReply` returns the stored reply.
 */
import type { Booking, Reply } from '@antrean/core';
import type { SuiteContext } from './conformance-types';
import {
  confirmation,
  DAY,
  fixtures,
  helpReply,
  later,
  NOW,
  newBooking,
  reserveInput,
  slot,
} from './fixtures';
import { as, settled } from './support';

/** Declares the message deduplication tests. */
export function deduplicationTests({ api, harness }: SuiteContext): void {
  const { it, expect } = api;
  const session = slot(DAY, '08:00', 10);

  it('reserve records the rendered reply with the booking and returns it', async () => {
    const { store, probe } = harness();
    const f = fixtures();
    const key = f.messageKey();
    const seen: Booking[] = [];
    const render = (booking: Booking): Reply => {
      seen.push(booking);
      return confirmation(booking, 'first');
    };
    const draft = newBooking(f);
    const result = as(
      await settled(store.reserve(reserveInput(draft, [session], { message: { key, render } }))),
      'Reserved',
    );
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ code: draft.code, slotId: session.slotId, status: 'active' });
    const reply = confirmation(result.booking, 'first');
    expect(result.reply).toEqual(reply);
    expect(await settled(store.findReply(key))).toEqual(reply);
    expect(await probe.messageReply(key.channel, key.messageId)).toBe(reply.text);
  });

  it('the same message again is DuplicateMessage with the first reply, nothing written', async () => {
    const { store, probe } = harness();
    const f = fixtures();
    const key = f.messageKey();
    const first = newBooking(f);
    const render = (label: string) => (booking: Booking) => confirmation(booking, label);
    const done = await settled(
      store.reserve(reserveInput(first, [session], { message: { key, render: render('a') } })),
    );
    const firstReply = as(done, 'Reserved').reply;
    const retry = newBooking(f);
    const input = reserveInput(retry, [session], {
      now: later(NOW, 1),
      message: { key, render: render('b') },
    });
    expect(await settled(store.reserve(input))).toEqual({ type: 'DuplicateMessage', reply: firstReply });
    expect(await probe.booking(retry.code)).toBeUndefined();
    expect(await probe.activeForApplicant(retry.applicantKey)).toBe(0);
    expect(await probe.heldInSlot(f.officeId, session.slotId)).toBe(1);
  });

  it('a refused reservation records nothing for its message', async () => {
    const { store, probe } = harness();
    const f = fixtures();
    const key = f.messageKey();
    const full = slot(DAY, '10:00', 1);
    as(await settled(store.reserve(reserveInput(newBooking(f), [full]))), 'Reserved');
    const message = { key, render: (booking: Booking) => confirmation(booking, 'x') };
    const result = await settled(store.reserve(reserveInput(newBooking(f), [full], { message })));
    expect(result).toEqual({ type: 'SessionsFull' });
    expect(await settled(store.findReply(key))).toBeUndefined();
    expect(await probe.messageReply(key.channel, key.messageId)).toBeUndefined();
  });

  it('recordReply keeps the first reply and returns it to every later call', async () => {
    const { store, probe } = harness();
    const key = fixtures().messageKey();
    expect(await settled(store.findReply(key))).toBeUndefined();
    expect(await settled(store.recordReply(key, helpReply('one'), NOW))).toEqual({
      reply: helpReply('one'),
      first: true,
    });
    expect(await settled(store.recordReply(key, helpReply('two'), later(NOW, 1)))).toEqual({
      reply: helpReply('one'),
      first: false,
    });
    expect(await settled(store.findReply(key))).toEqual(helpReply('one'));
    expect(await probe.messageReply(key.channel, key.messageId)).toBe(helpReply('one').text);
  });

  it('a message answered by recordReply is a duplicate for reserve and cancel', async () => {
    const { store, probe } = harness();
    const f = fixtures();
    const key = f.messageKey();
    await settled(store.recordReply(key, helpReply('recorded'), NOW));
    const render = (booking: Booking) => confirmation(booking, 'late');
    const draft = newBooking(f);
    expect(
      await settled(store.reserve(reserveInput(draft, [session], { message: { key, render } }))),
    ).toEqual({
      type: 'DuplicateMessage',
      reply: helpReply('recorded'),
    });
    expect(await probe.booking(draft.code)).toBeUndefined();
    as(await settled(store.reserve(reserveInput(draft, [session]))), 'Reserved');
    const cancel = { code: draft.code, phone: draft.phone, now: NOW, message: { key, render } };
    expect((await settled(store.cancel(cancel))).type).toBe('DuplicateMessage');
    expect((await probe.booking(draft.code))?.status).toBe('active');
  });

  it('cancel records its reply; the same cancel message again changes nothing', async () => {
    const { store, probe } = harness();
    const f = fixtures();
    const draft = newBooking(f);
    as(await settled(store.reserve(reserveInput(draft, [session]))), 'Reserved');
    const key = f.messageKey();
    const message = {
      key,
      render: (booking: Booking): Reply => ({
        text: `batal ${booking.code}`,
        outcome: { kind: 'cancelled', code: booking.code },
      }),
    };
    const cancel = { code: draft.code, phone: draft.phone, now: NOW, message };
    const done = as(await settled(store.cancel(cancel)), 'Cancelled');
    expect(done.reply?.text).toBe(`batal ${draft.code}`);
    expect(await probe.messageReply(key.channel, key.messageId)).toBe(`batal ${draft.code}`);
    expect(await settled(store.cancel(cancel))).toEqual({ type: 'DuplicateMessage', reply: done.reply });
  });

  it('the same message id on two channels is two messages', async () => {
    const { store, probe } = harness();
    const key = fixtures().messageKey();
    const other = { channel: 'other', messageId: key.messageId };
    await settled(store.recordReply(key, helpReply('test'), NOW));
    expect(await settled(store.recordReply(other, helpReply('other'), NOW))).toEqual({
      reply: helpReply('other'),
      first: true,
    });
    expect(await probe.messageReply('other', key.messageId)).toBe(helpReply('other').text);
    expect(await probe.messageReply(key.channel, key.messageId)).toBe(helpReply('test').text);
  });
}
