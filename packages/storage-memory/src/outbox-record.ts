import type { MessageKey, ReplyDelivery } from '@antrean/core';
import { type MemoryState, messageKeyOf, type StoredDelivery } from './memory-state';

/**
 * Adds the pending delivery of a message's reply, due at once, and returns its id. Called only
 * when the message is recorded for the first time, so a redelivery never queues a second send.
 */
export const addDelivery = (
  state: MemoryState,
  key: MessageKey,
  delivery: ReplyDelivery,
  text: string,
  at: Date,
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
  state.deliveries.set(id, row);
  return id;
};

/** Removes a delivery row and its provider-id index entry. */
export const deleteDelivery = (state: MemoryState, id: string): void => {
  const row = state.deliveries.get(id);
  if (row?.providerMessageId !== undefined) state.deliveryByProviderId.delete(row.providerMessageId);
  state.deliveries.delete(id);
};
