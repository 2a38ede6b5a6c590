import type { InboundMessage } from '@antrean/core';
import { isStorableText, storableText } from '@antrean/webhook-kit';
import { CHANNEL } from './channel';
import type { MessageFields, StatusFields } from './payload-schema';
import type { DeliveryState, DeliveryStatus, UnreadableUpdate } from './webhook-batch';

const DELIVERY_STATES: readonly string[] = ['sent', 'delivered', 'read', 'failed'] satisfies DeliveryState[];

/** Unix seconds as Meta writes them (a string of digits) to an instant. */
export const fromUnixSeconds = (seconds: string): Date => new Date(Number(seconds) * 1000);

/** A field that no store can keep makes its message or status unreadable; which field, never its content. */
type Unstorable = Pick<UnreadableUpdate, 'field'>;

/**
 * The inbound message for one WhatsApp message, or undefined for a reaction (an emoji on an
 * earlier message asks nothing). Every kind other than text gets empty text, which the core
 * answers with help. Without `from` (business-scoped user ids) the user id, or nothing, stands
 * in: the core cannot read it as a number, so such a sender can ask for help but never book.
 * An id or sender holding a NUL or a lone surrogate is unreadable (it is stored as the message's
 * key); in the text they are dropped (NUL) or replaced (U+FFFD), so the applicant still gets an answer.
 */
export function readMessage(fields: MessageFields): InboundMessage | Unstorable | undefined {
  if (fields.type === 'reaction') return undefined;
  const from = fields.from ?? fields.from_user_id ?? '';
  if (!isStorableText(fields.id)) return { field: 'id' };
  if (!isStorableText(from)) return { field: 'from' };
  return {
    channel: CHANNEL,
    messageId: fields.id,
    from,
    text: fields.type === 'text' ? storableText(fields.text?.body ?? '') : '',
    receivedAt: fromUnixSeconds(fields.timestamp),
  };
}

/**
 * The delivery report, or undefined for states the outbox does not track (e.g. `deleted`); an id
 * holding a NUL or a lone surrogate is unreadable (no reply of ours has such an id).
 */
export function readStatus(fields: StatusFields): DeliveryStatus | Unstorable | undefined {
  if (!DELIVERY_STATES.includes(fields.status)) return undefined;
  if (!isStorableText(fields.id)) return { field: 'id' };
  const errorCode = fields.errors?.[0]?.code;
  return {
    channel: CHANNEL,
    providerMessageId: fields.id,
    state: fields.status as DeliveryState,
    at: fromUnixSeconds(fields.timestamp),
    ...(errorCode === undefined ? {} : { errorCode }),
  };
}
