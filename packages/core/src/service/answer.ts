import type { ResultAsync } from 'neverthrow';
import type { Booking } from '../domain/booking';
import type { LocalDate } from '../domain/local-date';
import type { Outcome, Reply } from '../domain/outcome';
import type { Rejection } from '../domain/rejection';
import type { Language } from '../office/office-config';
import type { MessageToRecord } from '../ports/booking-ledger';
import type { MessageKey } from '../ports/message-key';
import type { ReplyDelivery } from '../ports/reply-outbox';
import type { StoreError } from '../ports/store-error';
import { rejectedOutcome, replyFor } from '../replies';
import { localDateOf } from '../time';
import type { BookingServiceDeps } from './booking-service-types';

/** Everything the handlers share about the one message being answered. */
export interface MessageContext {
  readonly deps: BookingServiceDeps;
  readonly language: Language;
  readonly key: MessageKey;
  /** Read once per message, so every rule and the store see the same instant. */
  readonly now: Date;
  /** `now` as an office-local date. */
  readonly today: LocalDate;
  /** Set when the transport sends replies through its provider's API: every reply is recorded pending. */
  readonly delivery?: ReplyDelivery;
}

/** The reply settled on for a message, and whether it is the repeat of an earlier one. */
export interface Answer {
  readonly reply: Reply;
  readonly replayed: boolean;
}

/** Builds the context of one message at `now`, with the delivery its transport asked for, if any. */
export function messageContext(
  deps: BookingServiceDeps,
  language: Language,
  key: MessageKey,
  now: Date,
  delivery?: ReplyDelivery,
): MessageContext {
  const today = localDateOf(now, deps.office.timeZone);
  return delivery === undefined
    ? { deps, language, key, now, today }
    : { deps, language, key, now, today, delivery };
}

/** The message a store write answers: its key, how to word the reply, and the delivery asked for. */
export function messageToRecord(
  context: MessageContext,
  render: (booking: Booking) => Reply,
): MessageToRecord {
  const { key, delivery } = context;
  return delivery === undefined ? { key, render } : { key, render, delivery };
}

/** The outcome with its text in the context's language (refusal examples dated from today). */
export function replyTo(context: MessageContext, outcome: Outcome): Reply {
  return replyFor(outcome, context.deps.office, context.language, { today: context.today });
}

/** A reply the store wrote itself, with the change it reports. */
export const freshAnswer = (reply: Reply): Answer => ({ reply, replayed: false });

/** The first reply to a message seen before, repeated unchanged. */
export const replayedAnswer = (reply: Reply): Answer => ({ reply, replayed: true });

/**
 * Records the reply to a message that changed nothing and answers with what the store kept:
 * if a concurrent delivery of the same message recorded its reply first, that one wins, so a
 * message never gets two different answers.
 */
export function recordAnswer(context: MessageContext, reply: Reply): ResultAsync<Answer, StoreError> {
  return context.deps.store
    .recordReply(context.key, reply, context.now, context.delivery)
    .map((kept) => (kept.first ? freshAnswer(kept.reply) : replayedAnswer(kept.reply)));
}

/** Answers with a refusal, recorded like any reply that changed nothing. */
export function refuse(context: MessageContext, rejection: Rejection): ResultAsync<Answer, StoreError> {
  return recordAnswer(context, replyTo(context, rejectedOutcome(rejection)));
}
