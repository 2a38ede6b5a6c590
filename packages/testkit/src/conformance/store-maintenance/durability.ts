/**
 * Durability (capability `durable`): what a store confirmed is still there after the store is
 * reopened on the same data: bookings with their status, places held, number bindings and
 * message replies. Needs `options.reopen`; without it, or for a store declaring `durable: false`,
 * the test is reported as skipped with the reason in its name.
 */
import type { Booking } from '@antrean/core';
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
import { as, settled, skipNote } from '../support';

const skipReason = ({ capabilities, options }: SuiteContext): string | undefined => {
  if (!capabilities.durable) return 'store declares durable=false';
  if (!options.reopen) return 'no reopen() given to the suite';
  return undefined;
};

/** Declares the durability test (skipped, saying why, when the store cannot be reopened). */
export function durabilityTests(context: SuiteContext): void {
  const { api, harness, options, replaceHarness } = context;
  const { it, expect } = api;
  const reason = skipReason(context);
  const name = `durable: bookings, places, bindings and replies survive reopen${skipNote(reason !== undefined, reason ?? '')}`;

  it.skipIf(reason !== undefined)(name, async () => {
    const f = fixtures();
    const session = slot(DAY, '08:00', 2);
    const key = f.messageKey();
    const render = (booking: Booking) => confirmation(booking, 'kept');
    const kept = newBooking(f);
    const cancelled = newBooking(f);
    const before = harness();
    const reserved = as(
      await settled(before.store.reserve(reserveInput(kept, [session], { message: { key, render } }))),
      'Reserved',
    );
    as(await settled(before.store.reserve(reserveInput(cancelled, [session]))), 'Reserved');
    as(await settled(before.store.cancel(cancelInput(cancelled, NOW))), 'Cancelled');
    const helpKey = f.messageKey();
    await settled(before.store.recordReply(helpKey, helpReply('kept'), NOW));

    const after = await options.reopen!(before);
    replaceHarness(after);
    expect(await settled(after.store.findByCode(kept.officeId, kept.code))).toEqual(reserved.booking);
    expect((await after.probe.booking(cancelled.code))?.status).toBe('cancelled');
    expect(await after.probe.heldInSlot(f.officeId, session.slotId)).toBe(1);
    expect(await settled(after.store.findReply(key))).toEqual(reserved.reply);
    expect(await settled(after.store.findReply(helpKey))).toEqual(helpReply('kept'));
    const again = newBooking(f, { phone: kept.phone });
    const input = reserveInput(again, [session], { now: later(NOW, 1), message: { key, render } });
    expect(await settled(after.store.reserve(input))).toEqual({
      type: 'DuplicateMessage',
      reply: reserved.reply,
    });
    const fresh = reserveInput(again, [session], { now: later(NOW, 1) });
    expect((await settled(after.store.reserve(fresh))).type).toBe('NumberBound');
  });
}
