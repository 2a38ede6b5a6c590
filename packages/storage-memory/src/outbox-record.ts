import type { ReplyDelivery, ReplyRecord } from '@antrean/core';
import { messageKeyOf } from './memory-state';
import type { MemoryState, StoredDelivery } from './memory-tables';
import { frozenReply } from './row-copies';
import { setEntry, type UndoLog } from './undo-log';

/** Adds the pending delivery of a message's reply, due at once, and returns its id. */
const addDelivery = (
  undo: UndoLog,
  state: MemoryState,
  { key, at }: ReplyRecord,
  delivery: ReplyDelivery,
  text: string,
): string => {
  const id = String(state.deliverySequence.next);
  state.deliverySequence.next += 1;
  const row: StoredDelivery = {
    id,
    messageKey: messageKeyOf(key),
    channel: key.channel,
    via: delivery.via,
    to: delivery.to,
    text,
    state: 'pending',
    attempts: 0,
    createdAt: new Date(at),
    nextAttemptAt: new Date(at),
    updatedAt: new Date(at),
  };
  setEntry(undo, state.deliveries, id, row);
  return id;
};

/**
 * Record a message's reply, a frozen copy, unless one is there (false, nothing written). With
 * `delivery`, the first recording also queues the reply as pending delivery, so a redelivery
 * never queues a second send.
 */
export const recordReplyIn = (undo: UndoLog, state: MemoryState, record: ReplyRecord): boolean => {
  const key = messageKeyOf(record.key);
  if (state.messages.has(key)) return false;
  const reply = frozenReply(record.reply);
  const receivedAt = new Date(record.at);
  const deliveryId = record.delivery
    ? addDelivery(undo, state, record, record.delivery, reply.text)
    : undefined;
  setEntry(
    undo,
    state.messages,
    key,
    deliveryId === undefined ? { reply, receivedAt } : { reply, receivedAt, deliveryId },
  );
  return true;
};

/** Removes a delivery row and its provider-id index entry. */
export const deleteDelivery = (undo: UndoLog, state: MemoryState, id: string): void => {
  const row = state.deliveries.get(id);
  if (row?.providerMessageId !== undefined)
    setEntry(undo, state.deliveryByProviderId, row.providerMessageId, undefined);
  setEntry(undo, state.deliveries, id, undefined);
};
