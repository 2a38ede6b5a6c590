/**
 * Recording deliveries: a message recorded with a `ReplyDelivery` (through `recordReply`, or as
 * the `message.delivery` of `reserve`/`cancel`) becomes one `pending` item in the same write:
 * channel and delivery (`via`, `to`) as given, the recorded reply's text, 0 attempts, `createdAt`
 * the write's instant. Only the first recording of a message creates one: a redelivery
 * (`first: false`, `DuplicateMessage`) creates nothing, nor does a message recorded without
 * delivery, nor a write that records no reply (`SessionsFull`).
 */
import type { Booking } from '@antrean/core';
import type { SuiteContext } from '../conformance-types';
import {
  cancelInput,
  confirmation,
  DAY,
  helpReply,
  later,
  NOW,
  newBooking,
  reserveInput,
  slot,
} from '../fixtures';
import { as, settled } from '../support';
import { claimAt, enqueue, only, outboxFixtures, VIA } from './outbox-fixtures';

/** Declares the tests of deliveries recorded with replies. */
export function recordingTests({ api, harness }: SuiteContext): void {
  const { it, expect } = api;
  const session = slot(DAY, '08:00', 1);

  it('a reply recorded with delivery is one pending item with its text, due at once', async () => {
    const { store, probe } = harness();
    const f = outboxFixtures();
    const key = await enqueue(store, f, NOW, 'halo');
    const item = only(await claimAt(store, f, NOW, 'lease-1'));
    expect(item).toEqual({
      id: item.id,
      channel: f.channel,
      via: VIA,
      to: key.sender,
      text: helpReply('halo').text,
      attempts: 0,
      createdAt: NOW,
    });
    expect(typeof item.id).toBe('string');
    expect(await probe.delivery(key)).toEqual({ state: 'pending', attempts: 0 });
  });

  it('reserve records the booking and its pending reply in one write; cancel records its reply too', async () => {
    const { store, probe } = harness();
    const f = outboxFixtures();
    const render = (label: string) => (booking: Booking) => confirmation(booking, label);
    const key = f.key();
    const draft = newBooking(f, { phone: key.sender });
    const message = { key, render: render('booked'), delivery: f.delivery(key) };
    const reserved = as(
      await settled(store.reserve(reserveInput(draft, [session], { message }))),
      'Reserved',
    );
    const cancelKey = f.key();
    const cancelMessage = { key: cancelKey, render: render('cancelled'), delivery: f.delivery(cancelKey) };
    const at = later(NOW, 1);
    as(await settled(store.cancel(cancelInput(draft, at, { message: cancelMessage }))), 'Cancelled');
    const items = await claimAt(store, f, at, 'lease-1');
    expect(items.map((item) => item.text)).toEqual([
      confirmation(reserved.booking, 'booked').text,
      expect.stringContaining('cancelled:'),
    ]);
    expect(items.map((item) => item.createdAt)).toEqual([NOW, at]);
    expect(await probe.delivery(key)).toMatchObject({ state: 'pending' });
  });

  it('a redelivery creates no second item, whichever write sees it', async () => {
    const { store } = harness();
    const f = outboxFixtures();
    const key = await enqueue(store, f);
    const again = await settled(store.recordReply(key, helpReply('again'), later(NOW, 1), f.delivery(key)));
    expect(again.first).toBe(false);
    const render = (booking: Booking) => confirmation(booking, 'late');
    const message = { key, render, delivery: f.delivery(key) };
    const duplicate = await settled(store.reserve(reserveInput(newBooking(f), [session], { message })));
    as(duplicate, 'DuplicateMessage');
    expect(only(await claimAt(store, f, later(NOW, 2), 'lease-1')).text).toBe(helpReply('queued').text);
  });

  it('no item without delivery, nor for a write that records no reply', async () => {
    const { store, probe } = harness();
    const f = outboxFixtures();
    const plain = f.key();
    await settled(store.recordReply(plain, helpReply('in the webhook response'), NOW));
    as(await settled(store.reserve(reserveInput(newBooking(f), [session]))), 'Reserved');
    const full = f.key();
    const message = { key: full, render: (b: Booking) => confirmation(b, 'x'), delivery: f.delivery(full) };
    as(await settled(store.reserve(reserveInput(newBooking(f), [session], { message }))), 'SessionsFull');
    expect(await claimAt(store, f, NOW, 'lease-1')).toEqual([]);
    expect(await probe.delivery(plain)).toBeUndefined();
    expect(await settled(store.outboxStats())).toEqual({ pending: 0 });
  });
}
