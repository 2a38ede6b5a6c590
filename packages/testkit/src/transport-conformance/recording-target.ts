import type { InboundMessage } from '@antrean/core';
import { errAsync, okAsync } from 'neverthrow';
import type { TransportTarget } from './transport-conformance-types';

/** A target that remembers what it was given and deduplicates as the booking service does. */
export interface RecordingTarget extends TransportTarget {
  /** Every message handed to `handle`, redeliveries included. */
  readonly received: InboundMessage[];
  /** The keys (channel and message id) answered for the first time, in order. */
  readonly answered: string[];
  /** Every delivery report handed to `recordStatus`. */
  readonly statuses: unknown[];
}

/** The deduplication key of a message: channel and provider id. */
export const messageKey = (message: Pick<InboundMessage, 'channel' | 'messageId'>): string =>
  `${message.channel}\u0000${message.messageId}`;

/**
 * A recording target; with `failing` every call answers a `StoreUnavailable` error, as a booking
 * service does when its database is down.
 */
export function recordingTarget(options: { readonly failing?: boolean } = {}): RecordingTarget {
  const received: InboundMessage[] = [];
  const answered: string[] = [];
  const statuses: unknown[] = [];
  const unavailable = { type: 'StoreUnavailable' } as const;
  return {
    received,
    answered,
    statuses,
    handle(message) {
      received.push(message);
      if (options.failing) return errAsync(unavailable);
      const key = messageKey(message);
      const replayed = answered.includes(key);
      if (!replayed) answered.push(key);
      return okAsync({ replayed });
    },
    recordStatus(status) {
      statuses.push(status);
      return options.failing ? errAsync(unavailable) : okAsync(undefined);
    },
  };
}
