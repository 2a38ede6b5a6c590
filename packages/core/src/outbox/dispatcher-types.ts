import type { ResultAsync } from 'neverthrow';
import type { Clock } from '../ports/clock';
import type { OutboxItem, ReplyOutbox } from '../ports/reply-outbox';

/**
 * Why a send failed, as a transport's sender classifies it. `code` is the provider's error code
 * (WhatsApp gives numbers); extra fields (`type`, `httpStatus`, `message`) are allowed, so a
 * transport's own failure type passes straight in.
 */
export interface SendFailure {
  /** True when sending the same reply later can succeed (throughput, pair limit, transient, network). */
  readonly retryable: boolean;
  readonly reason: string;
  readonly code?: string | number;
  /** The provider's words or ours, kept with the item; never the reply text or the recipient. */
  readonly message?: string;
}

/** Sends one reply (`to`, `text`, `via` of the item) and returns the provider's message id. */
export type SendReply = (
  item: OutboxItem,
) => ResultAsync<{ readonly providerMessageId: string }, SendFailure>;

/** Exponential backoff with full jitter for retryable failures. */
export interface BackoffOptions {
  /** The first retry waits up to this long (default 1 000 ms). */
  readonly baseMs?: number;
  /** No wait exceeds this (default 15 minutes). */
  readonly maxMs?: number;
  /** Failed sends after which an item is failed for good (default 10). */
  readonly maxAttempts?: number;
}

/** What one outbox item came to in a pass; for logs and metrics, so never the text or the number. */
export type DispatchEvent =
  | { readonly type: 'sent'; readonly id: string; readonly via: string; readonly attempts: number }
  | {
      readonly type: 'retry';
      readonly id: string;
      readonly via: string;
      readonly attempts: number;
      readonly code?: string;
      readonly retryAt: Date;
    }
  | {
      readonly type: 'failed';
      readonly id: string;
      readonly via: string;
      readonly attempts: number;
      readonly code?: string;
    }
  | { readonly type: 'postponed'; readonly id: string; readonly via: string; readonly until: Date }
  /** The lease ran out before the item was marked: another dispatcher may own it now. */
  | { readonly type: 'leaseLost'; readonly id: string; readonly via: string }
  /** A store call failed (or something threw): a mark is tried again while the lease lasts, else the item is claimed again once it expires. */
  | { readonly type: 'error'; readonly message: string };

/** How many items a pass ended in each way. */
export interface DispatchReport {
  readonly claimed: number;
  readonly sent: number;
  readonly retried: number;
  readonly failed: number;
  readonly postponed: number;
  readonly leaseLost: number;
  /** Store calls that failed (and anything that threw) during the pass. */
  readonly errors: number;
}

/** What `createReplyDispatcher` needs. */
export interface ReplyDispatcherOptions {
  readonly outbox: ReplyOutbox;
  readonly send: SendReply;
  readonly clock: Clock;
  /** Jitter source in [0, 1); default `Math.random`. */
  readonly random?: () => number;
  /** Lease tokens; default `crypto.randomUUID` (the global Web Crypto, no Node import). */
  readonly newId?: () => string;
  /** Sends per second per `via` (business number), token bucket; default 80. */
  readonly ratePerSecond?: number;
  /** Per (via, to): one message per this many ms, with a burst of `recipientBurst` (default 6 000 ms). */
  readonly recipientIntervalMs?: number;
  /** Per (via, to) burst (default 3). */
  readonly recipientBurst?: number;
  readonly backoff?: BackoffOptions;
  /** How long a claim holds its items (default 60 000 ms); must exceed the sender's timeout. */
  readonly leaseMs?: number;
  /** Items claimed per pass (default 50). */
  readonly batchSize?: number;
  /** Wait between passes when nothing was due (default 1 000 ms). */
  readonly idleWaitMs?: number;
  /** Only this channel's items, when given. */
  readonly channel?: string;
  /** Longer texts are cut to this many UTF-16 units, never inside a character (default 4 096, WhatsApp's limit). */
  readonly maxTextLength?: number;
  /** Called once per item outcome; a throwing listener is ignored. */
  readonly onEvent?: (event: DispatchEvent) => void;
  /** How `start()` waits between passes; default `setTimeout`. Tests pass a fake. */
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Sends pending replies from the outbox, paced and retried; never throws. */
export interface ReplyDispatcher {
  /** One pass: claim due items, send what pacing allows, mark each. Resolves when the pass is done. */
  runOnce(): Promise<DispatchReport>;
  /** Run passes until `stop()`; waits `idleWaitMs` when nothing is due. */
  start(): void;
  /** Stop claiming, finish sends in flight, resolve. */
  stop(): Promise<void>;
}
