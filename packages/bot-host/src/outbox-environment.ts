import { wholeNumber } from './env-config';

/**
 * The reply dispatcher's tuning, with production defaults (the dispatcher's own, but for
 * attempts). Tests and load rehearsals shorten them; a deployment rarely needs to.
 */
export const outboxEnvironment = {
  /** Per recipient: one message per this many ms (WhatsApp's pair limit is about one per 6 s). */
  ANTREAN_OUTBOX_RECIPIENT_INTERVAL_MS: wholeNumber(6_000, 1, 600_000),
  /** First retry waits up to this long; each later one doubles, with full jitter. */
  ANTREAN_OUTBOX_BACKOFF_BASE_MS: wholeNumber(1_000, 1, 3_600_000),
  /** No retry waits longer than this. */
  ANTREAN_OUTBOX_BACKOFF_MAX_MS: wholeNumber(900_000, 1, 86_400_000),
  /**
   * Failed sends after which a reply is given up. 30 (the core's default is 10): with the default
   * backoff that is about two and a half hours of retries on average, so a Meta outage of that
   * length loses no reply; a reply older than 24 h could not be sent as free text anyway.
   */
  ANTREAN_OUTBOX_MAX_ATTEMPTS: wholeNumber(30, 1, 1_000),
  /** How long a claim holds its replies; must exceed the send timeout. */
  ANTREAN_OUTBOX_LEASE_MS: wholeNumber(60_000, 100, 3_600_000),
  /** Wait between passes when nothing is due. */
  ANTREAN_OUTBOX_IDLE_MS: wholeNumber(1_000, 10, 60_000),
};

/** The tuning as read from the environment. */
export interface OutboxTuning {
  readonly ANTREAN_OUTBOX_RECIPIENT_INTERVAL_MS: number;
  readonly ANTREAN_OUTBOX_BACKOFF_BASE_MS: number;
  readonly ANTREAN_OUTBOX_BACKOFF_MAX_MS: number;
  readonly ANTREAN_OUTBOX_MAX_ATTEMPTS: number;
  readonly ANTREAN_OUTBOX_LEASE_MS: number;
  readonly ANTREAN_OUTBOX_IDLE_MS: number;
}
