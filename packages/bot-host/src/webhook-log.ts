import type { Logger } from './logger';

/** A transport's webhook event: its tag, ids and counts (every transport's `WebhookEvent` fits). */
export interface TransportEvent {
  readonly type: string;
  readonly cause?: unknown;
}

/**
 * A transport's webhook event as one log line under the request's logger: `Handled` at info, a
 * handler that threw at error with only its error's name (its text may quote the payload), the
 * rest (refusals, unreadable payloads, unknown numbers) at warn.
 */
export function logWebhookEvent(log: Logger, event: TransportEvent): void {
  if (event.type === 'HandlerFailed') {
    log.error({ event: event.type, error: (event.cause as Error)?.name ?? 'unknown' }, 'webhook');
    return;
  }
  if (event.type === 'Handled') log.info({ ...event, event: event.type }, 'webhook');
  else log.warn({ ...event, event: event.type }, 'webhook');
}
