import {
  type BookingStore,
  type Clock,
  createReplyDispatcher,
  type DispatchEvent,
  type InvalidDependency,
  type ReplyDispatcher,
  type SendReply,
} from '@antrean/core';
import type { Result } from 'neverthrow';
import type { Logger } from './logger';
import type { HostMetrics } from './metrics';
import type { OutboxTuning } from './outbox-environment';

/** What the host's dispatcher needs. */
export interface ReplyDispatchOptions {
  readonly store: BookingStore;
  /** The transport's sender, by `via`. */
  readonly send: SendReply;
  readonly clock: Clock;
  readonly ratePerSecond: number;
  readonly tuning: OutboxTuning;
  readonly logger: Logger;
  readonly metrics: HostMetrics;
}

/** One log line per send outcome: the outbox id, the business number id, attempts, the code. Never text or number. */
const logEvent = (logger: Logger, event: DispatchEvent): void => {
  if (event.type === 'error') logger.error({ event: event.type, error: event.message }, 'outbox');
  else if (event.type === 'failed' || event.type === 'leaseLost')
    logger.warn({ ...event, event: event.type }, 'send');
  else logger.info({ ...event, event: event.type }, 'send');
};

/**
 * The dispatcher that sends the store's pending replies, with its events logged and counted and
 * the outbox depth exposed as metrics. The caller starts it and stops it on shutdown.
 */
export function createHostDispatcher(
  options: ReplyDispatchOptions,
): Result<ReplyDispatcher, InvalidDependency> {
  const { store, tuning, metrics, logger } = options;
  metrics.watchOutbox(async () => {
    const stats = await store.outboxStats();
    return stats.isOk() ? stats.value : undefined;
  });
  return createReplyDispatcher({
    outbox: store,
    send: options.send,
    clock: options.clock,
    ratePerSecond: options.ratePerSecond,
    recipientIntervalMs: tuning.ANTREAN_OUTBOX_RECIPIENT_INTERVAL_MS,
    backoff: {
      baseMs: tuning.ANTREAN_OUTBOX_BACKOFF_BASE_MS,
      maxMs: tuning.ANTREAN_OUTBOX_BACKOFF_MAX_MS,
      maxAttempts: tuning.ANTREAN_OUTBOX_MAX_ATTEMPTS,
    },
    leaseMs: tuning.ANTREAN_OUTBOX_LEASE_MS,
    idleWaitMs: tuning.ANTREAN_OUTBOX_IDLE_MS,
    onEvent: (event) => {
      logEvent(logger, event);
      if (event.type !== 'error') metrics.countSend(event.type, 'code' in event ? event.code : undefined);
    },
  });
}
