import type { Booking, LedgerPrimitives } from '@antrean/core';
import { copied, type ModelTables, modelKeyOf, placeKeyOf } from './model-tables';

type LedgerPart = Pick<
  LedgerPrimitives,
  | 'reserveFacts'
  | 'findReply'
  | 'findBooking'
  | 'lapsedBookings'
  | 'changeStatus'
  | 'takePlace'
  | 'writeBooking'
  | 'recordReply'
  | 'purgeRows'
>;

/** Gives back one place of the booking's slot (never below none). */
const release = (tables: ModelTables, booking: Booking): void => {
  const key = placeKeyOf(booking.officeId, booking.slotId);
  const held = (tables.places.get(key) ?? 0) - 1;
  if (held > 0) tables.places.set(key, held);
  else tables.places.delete(key);
};

const activeOf = (tables: ModelTables, applicantKey: string): Booking | undefined =>
  [...tables.bookings.values()].find((b) => b.applicantKey === applicantKey && b.status === 'active');

/** Records a message's reply, and its pending delivery when asked for; the caller checked it is new. */
const addMessage = (tables: ModelTables, record: Parameters<LedgerPrimitives['recordReply']>[0]): void => {
  const key = modelKeyOf(record.key);
  if (!record.delivery) {
    tables.messages.set(key, { reply: copied(record.reply), receivedAt: new Date(record.at) });
    return;
  }
  tables.lastDeliveryId += 1;
  const id = String(tables.lastDeliveryId);
  const at = new Date(record.at);
  const { via, to } = record.delivery;
  const delivery = { id, messageKey: key, channel: record.key.channel, via, to, text: record.reply.text };
  tables.deliveries.set(id, { ...delivery, state: 'pending', attempts: 0, createdAt: at, nextAttemptAt: at });
  tables.messages.set(key, { reply: copied(record.reply), receivedAt: at, deliveryId: id });
};

/**
 * The bookings, messages, bindings and places half of the model's primitives, over `tables`.
 * Each is the plainest reading of its doc comment on `LedgerPrimitives`; a broken invariant
 * (a second row with a unique key) rejects, as a store's constraint would.
 */
export const ledgerPrimitivesOver = (tables: ModelTables): LedgerPart => ({
  reserveFacts: async ({ key, applicantKey, phone, code }) => {
    const reply = key && tables.messages.get(modelKeyOf(key))?.reply;
    const active = activeOf(tables, applicantKey);
    const binding = tables.bindings.get(phone);
    return copied({
      ...(reply ? { reply } : {}),
      ...(active ? { active } : {}),
      ...(binding ? { binding } : {}),
      codeTaken: tables.bookings.has(code),
    });
  },
  findReply: async (key) => copied(tables.messages.get(modelKeyOf(key))?.reply),
  findBooking: async (code) => copied(tables.bookings.get(code)),
  lapsedBookings: async ({ before, officeId, limit }) =>
    copied(
      [...tables.bookings.values()]
        .filter((b) => b.status === 'active' && b.checkInDeadline.getTime() < before.getTime())
        .filter((b) => officeId === undefined || b.officeId === officeId)
        .slice(0, limit),
    ),
  changeStatus: async ({ codes, from, to, at, release: frees }) => {
    const changed: Booking[] = [];
    for (const code of new Set(codes)) {
      const booking = tables.bookings.get(code);
      if (booking?.status !== from) continue;
      const now = { ...booking, status: to, updatedAt: new Date(at) };
      tables.bookings.set(code, now);
      if (frees) release(tables, booking);
      changed.push(now);
    }
    return copied(changed);
  },
  takePlace: async (officeId, slot) => {
    const key = placeKeyOf(officeId, slot.slotId);
    const held = tables.places.get(key) ?? 0;
    if (held >= slot.capacity) return false;
    tables.places.set(key, held + 1);
    return true;
  },
  writeBooking: async ({ booking, binding, reply }) => {
    if (tables.bookings.has(booking.code)) throw new Error(`unique violation: code ${booking.code}`);
    if (booking.status === 'active' && activeOf(tables, booking.applicantKey))
      throw new Error('unique violation: a second active booking of the applicant');
    if (reply && tables.messages.has(modelKeyOf(reply.key))) throw new Error('unique violation: message');
    const bound = tables.bindings.get(binding.phone);
    if (
      bound &&
      bound.applicantKey !== binding.applicantKey &&
      bound.boundAt.getTime() >= binding.replaceBefore.getTime()
    )
      return false;
    tables.bookings.set(booking.code, copied(booking));
    tables.bindings.set(binding.phone, { applicantKey: binding.applicantKey, boundAt: new Date(binding.at) });
    if (reply) addMessage(tables, reply);
    return true;
  },
  recordReply: async (record) => {
    if (tables.messages.has(modelKeyOf(record.key))) return false;
    addMessage(tables, record);
    return true;
  },
  purgeRows: async (t) => {
    const gone = [...tables.bookings.values()].filter(
      (b) =>
        b.startsAt.getTime() < t.sessionBefore.getTime() &&
        (b.status === 'cancelled' ||
          b.status === 'expired' ||
          (b.status === 'active' && b.checkInDeadline.getTime() < t.lapsedBefore.getTime())),
    );
    for (const booking of gone) {
      tables.bookings.delete(booking.code);
      if (booking.status === 'active') release(tables, booking);
    }
    let messages = 0;
    for (const [key, message] of [...tables.messages]) {
      const delivery =
        message.deliveryId === undefined ? undefined : tables.deliveries.get(message.deliveryId);
      if (message.receivedAt.getTime() >= t.messagesBefore.getTime() || delivery?.state === 'pending')
        continue;
      tables.messages.delete(key);
      if (delivery) tables.deliveries.delete(delivery.id);
      messages += 1;
    }
    const bindings = [...tables.bindings].filter(([, b]) => b.boundAt.getTime() < t.bindingsBefore.getTime());
    for (const [phone] of bindings) tables.bindings.delete(phone);
    return { bookings: gone.length, messages, bindings: bindings.length };
  },
});
