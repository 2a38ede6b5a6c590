import type { Outcome } from '@antrean/core';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** What the outbox metrics read at each scrape. */
export interface OutboxDepth {
  readonly pending: number;
  readonly oldestPendingAt?: Date;
}

/** The host's Prometheus metrics, in their own registry (served at `/metrics`). */
export interface HostMetrics {
  readonly registry: Registry;
  /** One handled message: its outcome kind and, for refusals, the reason; a redelivery answered again counts as `replayed`. */
  countMessage(outcome: Outcome, replayed?: boolean): void;
  /** One send attempt: `sent`, `retry`, `failed` or `postponed`, with the provider's code when one came. */
  countSend(result: string, code?: string): void;
  /** Starts a webhook latency timer; the returned function stops it with the response status. */
  timeWebhook(): (status: number) => void;
  /** Reads the outbox depth at each scrape from `read` (undefined when the store cannot answer). */
  watchOutbox(read: () => Promise<OutboxDepth | undefined>): void;
}

/** Builds the metrics, named `antrean_*`, plus Node's default process metrics. */
export function createHostMetrics(now: () => Date = () => new Date()): HostMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'antrean_' });
  const messages = new Counter({
    name: 'antrean_messages_total',
    help: 'Inbound messages handled, by outcome kind and refusal reason.',
    labelNames: ['outcome', 'reason'] as const,
    registers: [registry],
  });
  const sends = new Counter({
    name: 'antrean_sends_total',
    help: 'Reply send attempts, by result and provider error code.',
    labelNames: ['result', 'code'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'antrean_webhook_duration_seconds',
    help: 'Time from a webhook request arriving to its response.',
    labelNames: ['status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  let readDepth: () => Promise<OutboxDepth | undefined> = async () => undefined;
  let depth: Promise<OutboxDepth | undefined> | undefined;
  // Both gauges of one scrape share one read of the store.
  const currentDepth = () => {
    depth ??= readDepth().finally(() => setTimeout(() => (depth = undefined), 0));
    return depth;
  };
  new Gauge({
    name: 'antrean_outbox_pending',
    help: 'Replies recorded and not yet sent.',
    registers: [registry],
    async collect() {
      const read = await currentDepth();
      if (read) this.set(read.pending);
    },
  });
  new Gauge({
    name: 'antrean_outbox_oldest_pending_age_seconds',
    help: 'Age of the oldest reply not yet sent (0 when none).',
    registers: [registry],
    async collect() {
      const read = await currentDepth();
      if (!read) return;
      const oldest = read.oldestPendingAt;
      this.set(oldest ? Math.max(0, (now().getTime() - oldest.getTime()) / 1000) : 0);
    },
  });
  return {
    registry,
    countMessage: (outcome, replayed = false) =>
      messages.inc({
        outcome: replayed ? 'replayed' : outcome.kind,
        reason: outcome.kind === 'rejected' && !replayed ? outcome.reason : '',
      }),
    countSend: (result, code) => sends.inc({ result, code: code ?? '' }),
    timeWebhook: () => {
      const stop = latency.startTimer();
      return (status) => stop({ status: String(status) });
    },
    watchOutbox: (read) => {
      readDepth = read;
    },
  };
}
