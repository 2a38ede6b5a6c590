import type { Result } from 'neverthrow';
import type { OutboxItem } from '../ports/reply-outbox';
import type { StoreError } from '../ports/store-error';
import type { DispatcherSettings } from './dispatcher-settings';
import type { DispatchEvent, SendFailure } from './dispatcher-types';
import { emit } from './emit-event';
import { fitText } from './fit-text';
import { describeThrown, guardedCall } from './guarded-call';
import { markWhileLeased } from './mark-while-leased';
import { retryDelay } from './retry-delay';

/** How one claimed item ended, for the pass's report. */
export type ItemOutcome = 'sent' | 'retried' | 'failed' | 'postponed' | 'leaseLost' | 'error';

/** A claimed item: the item, its lease token, and when that lease ends (epoch ms). */
export interface LeasedItem {
  readonly item: OutboxItem;
  readonly leaseToken: string;
  readonly leaseUntil: number;
}

/** A send that threw or rejected: the request may not have left, so it is worth another try. */
const sendFault = (cause: unknown): SendFailure => ({
  retryable: true,
  reason: 'send threw',
  message: describeThrown(cause),
});

/** What is kept with the item: the provider's code as text and its words (or the reason). */
const deliveryError = (failure: SendFailure) => {
  const reason =
    typeof failure.message === 'string' && failure.message !== '' ? failure.message : String(failure.reason);
  return failure.code === undefined ? { reason } : { code: String(failure.code), reason };
};

/**
 * Runs a leased store update (`operation` names it in events), tried again while the lease lasts
 * when the store fails; false from the store means another claimer holds the item now.
 */
async function leasedUpdate(
  settings: DispatcherSettings,
  leased: LeasedItem,
  operation: string,
  update: () => PromiseLike<Result<boolean, StoreError>>,
  done: ItemOutcome,
  event: DispatchEvent,
): Promise<ItemOutcome> {
  const { item } = leased;
  const result = await markWhileLeased(settings, operation, update, leased.leaseUntil);
  if (result.isErr()) {
    emit(settings, { type: 'error', message: result.error.message });
    return 'error';
  }
  if (!result.value) {
    emit(settings, { type: 'leaseLost', id: item.id, via: item.via });
    return 'leaseLost';
  }
  emit(settings, event);
  return done;
}

/** Releases an item pacing held back (or a stopping dispatcher did not send) until `until`. */
export function postponeItem(
  settings: DispatcherSettings,
  leased: LeasedItem,
  until: Date,
): Promise<ItemOutcome> {
  const { outbox, clock } = settings.options;
  const { item, leaseToken } = leased;
  const update = () => outbox.postpone({ id: item.id, leaseToken, at: clock.now(), until });
  const event = { type: 'postponed', id: item.id, via: item.via, until } as const;
  return leasedUpdate(settings, leased, 'postpone', update, 'postponed', event);
}

/**
 * Sends one leased item and records the result: sent with the provider's id; a retryable failure
 * pending again after a jittered exponential delay (failed for good once `maxAttempts` sends
 * failed); a permanent one failed at once, with the provider's code. A mark the store fails is
 * tried again while the lease lasts: giving it up would have the reply sent twice.
 */
export async function deliverItem(settings: DispatcherSettings, leased: LeasedItem): Promise<ItemOutcome> {
  const { outbox, clock, send } = settings.options;
  const { item, leaseToken } = leased;
  const outgoing = { ...item, text: fitText(item.text, settings.maxTextLength) };
  const sent = await guardedCall(() => send(outgoing), sendFault);
  const at = clock.now();
  const base = { id: item.id, leaseToken, at };
  if (sent.isOk()) {
    const providerMessageId = String(sent.value.providerMessageId);
    const event = { type: 'sent', id: item.id, via: item.via, attempts: item.attempts } as const;
    const update = () => outbox.markSent({ ...base, providerMessageId });
    return leasedUpdate(settings, leased, 'markSent', update, 'sent', event);
  }
  const failure = sent.error;
  const error = deliveryError(failure);
  const attempts = item.attempts + 1;
  const code = error.code === undefined ? {} : { code: error.code };
  if (failure.retryable === true && attempts < settings.maxAttempts) {
    const delay = retryDelay(item.attempts, settings.random(), settings);
    const retryAt = new Date(at.getTime() + delay);
    const event = { type: 'retry', id: item.id, via: item.via, attempts, retryAt, ...code } as const;
    const update = () => outbox.markFailed({ ...base, error, retryAt });
    return leasedUpdate(settings, leased, 'markFailed', update, 'retried', event);
  }
  const event = { type: 'failed', id: item.id, via: item.via, attempts, ...code } as const;
  const update = () => outbox.markFailed({ ...base, error });
  return leasedUpdate(settings, leased, 'markFailed', update, 'failed', event);
}
