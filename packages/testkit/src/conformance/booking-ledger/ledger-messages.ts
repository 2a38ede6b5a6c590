/**
 * The ledger's writes and the message log: `reserve`/`cancel` with a `message` whose key is
 * recorded answer `DuplicateMessage` with the stored reply and change nothing. On success they
 * record `render(booking)` as the key's reply in the same step and return it; on any other answer
 * they record nothing. (The log's own `recordReply`/`findReply` are in `message-log/`.)
 */
import type { Booking, Reply } from '@antrean/core';
import type { SuiteContext } from '../conformance-types';
import {
  cancelInput,
  confirmation,
  DAY,
  fixtures,
  helpReply,
  later,
  NOW,
  newBooking,
  reserveInput,
  slot,
} from '../fixtures';
import { as, settled } from '../support';

/** Declares the tests of reserve and cancel recording their messages. */
export function ledgerMessageTests({ api, harness }: SuiteContext): void {
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
    expect(await probe.messageReply(key)).toBe(reply.text);
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
    expect(await probe.messageReply(key)).toBeUndefined();
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
    const cancel = cancelInput(draft, NOW, { message: { key, render } });
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
    const cancel = cancelInput(draft, NOW, { message });
    const done = as(await settled(store.cancel(cancel)), 'Cancelled');
    expect(done.reply?.text).toBe(`batal ${draft.code}`);
    expect(await probe.messageReply(key)).toBe(`batal ${draft.code}`);
    expect(await settled(store.cancel(cancel))).toEqual({ type: 'DuplicateMessage', reply: done.reply });
  });

  it("the same channel and id from another sender is booked as its own message, never given the first sender's reply", async () => {
    const { store, probe } = harness();
    const f = fixtures();
    const key = f.messageKey();
    const otherSender = { ...key, sender: f.messageKey().sender };
    const render = (label: string) => (booking: Booking) => confirmation(booking, label);
    const first = as(
      await settled(
        store.reserve(reserveInput(newBooking(f), [session], { message: { key, render: render('a') } })),
      ),
      'Reserved',
    );
    const second = as(
      await settled(
        store.reserve(
          reserveInput(newBooking(f), [session], { message: { key: otherSender, render: render('b') } }),
        ),
      ),
      'Reserved',
    );
    expect(second.booking.code).not.toBe(first.booking.code);
    expect(second.reply).toEqual(confirmation(second.booking, 'b'));
    expect(await probe.messageReply(otherSender)).toBe(confirmation(second.booking, 'b').text);
    expect(await probe.messageReply(key)).toBe(confirmation(first.booking, 'a').text);
  });
}
