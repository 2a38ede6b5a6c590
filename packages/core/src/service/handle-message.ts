import { okAsync, type Result, type ResultAsync } from 'neverthrow';
import type { E164 } from '../domain/local-date';
import type { Rejection } from '../domain/rejection';
import { parseMessage } from '../grammar';
import type { Language } from '../office/office-config';
import type { InboundMessage } from '../ports/message-transport';
import type { ReplyDelivery } from '../ports/reply-outbox';
import { helpOutcome } from '../replies';
import { normalizeSender } from '../rules';
import {
  type Answer,
  type MessageContext,
  messageContext,
  recordAnswer,
  refuse,
  replayedAnswer,
  replyTo,
} from './answer';
import type { BookingServiceDeps, HandledMessage, ServiceError } from './booking-service-types';
import { handleBooking } from './handle-booking';
import { handleCancel } from './handle-cancel';
import { handleStatus } from './handle-status';
import { unreadSenderAddress } from './reply-address';

/** Parses the text and hands each kind of request to its handler; help needs no valid sender. */
function answer(
  context: MessageContext,
  text: string,
  sender: Result<E164, Rejection>,
): ResultAsync<Answer, ServiceError> {
  const parsed = parseMessage(text);
  if (parsed.isErr()) return refuse(context, parsed.error);
  const request = parsed.value;
  if (request.kind === 'help') return recordAnswer(context, replyTo(context, helpOutcome()));
  if (sender.isErr()) return refuse(context, sender.error);
  switch (request.kind) {
    case 'book':
      return handleBooking(context, request.request, sender.value);
    case 'cancel':
      return handleCancel(context, request.code, sender.value);
    case 'status':
      return handleStatus(context, request.code, sender.value);
  }
}

/** Where the reply goes when the transport sends through its provider's API (`replyVia` set). */
function deliveryOf(message: InboundMessage, to: string): ReplyDelivery | undefined {
  const via = message.replyVia;
  return typeof via === 'string' && via !== '' ? { via, to } : undefined;
}

/**
 * Answers one inbound message. A message handled before (same channel, sender and id) gets its
 * first reply back before the clock is even read or a code drawn, so a redelivery changes nothing,
 * however late it comes. The sender is part of the key: some providers number messages per chat.
 */
export function handleMessage(
  deps: BookingServiceDeps,
  language: Language,
  message: InboundMessage,
): ResultAsync<HandledMessage, ServiceError> {
  const sender = normalizeSender(message.from, deps.office.country);
  const to = sender.unwrapOr(unreadSenderAddress(message.from));
  const key = { channel: message.channel, sender: to, messageId: message.messageId };
  return deps.store
    .findReply(key)
    .andThen((previous): ResultAsync<Answer, ServiceError> => {
      if (previous !== undefined) return okAsync(replayedAnswer(previous));
      const context = messageContext(deps, language, key, deps.clock.now(), deliveryOf(message, to));
      return answer(context, message.text, sender);
    })
    .map(({ reply, replayed }) => ({ to, text: reply.text, outcome: reply.outcome, replayed }));
}
