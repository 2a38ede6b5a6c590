import type { DeliveryState, DeliveryStatus } from '../ports/reply-outbox';

/**
 * The states a provider's status callback may move a delivery from: only forward (sent <
 * delivered < read), and to failed from any state before read. Anything else is stale or
 * repeated. Every store applies this one table (SQL stores inside their conditional UPDATE).
 */
export const DELIVERY_MOVES_FROM: Readonly<Record<DeliveryStatus['state'], readonly DeliveryState[]>> = {
  sent: ['pending'],
  delivered: ['pending', 'sent'],
  read: ['pending', 'sent', 'delivered'],
  failed: ['pending', 'sent', 'delivered'],
};

/** Whether a delivery in `current` takes a callback reporting `next`. */
export const deliveryMoves = (current: DeliveryState, next: DeliveryStatus['state']): boolean =>
  DELIVERY_MOVES_FROM[next].includes(current);

/** The reason kept when a provider's callback reports a failed delivery (its code is kept beside). */
export const PROVIDER_FAILED_REASON = 'provider reported the message failed';
