import type { Result } from 'neverthrow';
import type { OutboxItem } from '../ports/reply-outbox';
import type { StoreError } from '../ports/store-error';
import type { DispatcherSettings } from './dispatcher-settings';
import type { DispatchEvent, SendFailure } from './dispatcher-types';
import { fitText } from './fit-text';
import { describeThrown, guardedCall } from './guarded-call';
import { retryDelay } from './retry-delay';

/** How one claimed item ended, for the pass's report. */
export type ItemOutcome = 'sent' | 'retried' | 'failed' | 'postponed' | 'leaseLost' | 'error';

const storeFault = (cause: unknown): StoreError => ({
  type: 'StoreUnavailable',
  message: `store call threw: ${describeThrown(cause)}`,
});

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

/** Tells the listener; a listener that throws must not stop a delivery. */
export const emit = (settings: DispatcherSettings, event: DispatchEvent): void => {
  try {
    settings.options.onEvent?.(event);
  } catch {
    // The listener is the host's logging: its failure is not the reply's.
  }
};

/** Runs a leased store update; false from the store means another claimer holds the item now. */
async function leasedUpdate(
  settings: DispatcherSettings,
  item: OutboxItem,
  update: () => PromiseLike<Result<boolean, StoreError>>,
  done: ItemOutcome,
  event: DispatchEvent,
): Promise<ItemOutcome> {
  const result = await guardedCall(update, storeFault);
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
  item: OutboxItem,
  leaseToken: string,
  until: Date,
): Promise<ItemOutcome> {
  const { outbox, clock } = settings.options;
  const update = () => outbox.postpone({ id: item.id, leaseToken, at: clock.now(), until });
  return leasedUpdate(settings, item, update, 'postponed', {
    type: 'postponed',
    id: item.id,
    via: item.via,
    until,
  });
}

/**
 * Sends one leased item and records the result: sent with the provider's id; a retryable failure
 * pending again after a jittered exponential delay (failed for good once `maxAttempts` sends
 * failed); a permanent one failed at once, with the provider's code.
 */
export async function deliverItem(
  settings: DispatcherSettings,
  item: OutboxItem,
  leaseToken: string,
): Promise<ItemOutcome> {
  const { outbox, clock, send } = settings.options;
  const outgoing = { ...item, text: fitText(item.text, settings.maxTextLength) };
  const sent = await guardedCall(() => send(outgoing), sendFault);
  const at = clock.now();
  const base = { id: item.id, leaseToken, at };
  if (sent.isOk()) {
    const providerMessageId = String(sent.value.providerMessageId);
    const event = { type: 'sent', id: item.id, via: item.via, attempts: item.attempts } as const;
    return leasedUpdate(settings, item, () => outbox.markSent({ ...base, providerMessageId }), 'sent', event);
  }
  const failure = sent.error;
  const error = deliveryError(failure);
  const attempts = item.attempts + 1;
  const code = error.code === undefined ? {} : { code: error.code };
  if (failure.retryable === true && attempts < settings.maxAttempts) {
    const delay = retryDelay(item.attempts, settings.random(), settings);
    const retryAt = new Date(at.getTime() + delay);
    const event = { type: 'retry', id: item.id, via: item.via, attempts, retryAt, ...code } as const;
    return leasedUpdate(
      settings,
      item,
      () => outbox.markFailed({ ...base, error, retryAt }),
      'retried',
      event,
    );
  }
  const event = { type: 'failed', id: item.id, via: item.via, attempts, ...code } as const;
  return leasedUpdate(settings, item, () => outbox.markFailed({ ...base, error }), 'failed', event);
}
