import type { InboundMessage } from '@antrean/core';
import { CHANNEL } from './channel';
import type { MessageFields, StatusFields } from './payload-schema';
import type { DeliveryState, DeliveryStatus } from './webhook-batch';

const DELIVERY_STATES: readonly string[] = ['sent', 'delivered', 'read', 'failed'] satisfies DeliveryState[];

/** Unix seconds as Meta writes them (a string of digits) to an instant. */
export const fromUnixSeconds = (seconds: string): Date => new Date(Number(seconds) * 1000);

/**
 * The inbound message for one WhatsApp message, or undefined for a reaction (an emoji on an
 * earlier message asks nothing). Every kind other than text gets empty text, which the core
 * answers with help. Without `from` (business-scoped user ids) the user id, or nothing, stands
 * in: the core cannot read it as a number, so such a sender can ask for help but never book.
 */
export function readMessage(fields: MessageFields): InboundMessage | undefined {
  if (fields.type === 'reaction') return undefined;
  return {
    channel: CHANNEL,
    messageId: fields.id,
    from: fields.from ?? fields.from_user_id ?? '',
    text: fields.type === 'text' ? (fields.text?.body ?? '') : '',
    receivedAt: fromUnixSeconds(fields.timestamp),
  };
}

/** The delivery report, or undefined for states the outbox does not track (e.g. `deleted`). */
export function readStatus(fields: StatusFields): DeliveryStatus | undefined {
  if (!DELIVERY_STATES.includes(fields.status)) return undefined;
  const errorCode = fields.errors?.[0]?.code;
  return {
    channel: CHANNEL,
    providerMessageId: fields.id,
    state: fields.status as DeliveryState,
    at: fromUnixSeconds(fields.timestamp),
    ...(errorCode === undefined ? {} : { errorCode }),
  };
}
