import { describe, expect, it } from 'vitest';
import { createHostMetrics } from '../src/metrics';

describe('createHostMetrics', () => {
  it('counts messages by outcome and reason, replays apart, and sends by result and code', async () => {
    const metrics = createHostMetrics();
    metrics.countMessage({ kind: 'help' });
    metrics.countMessage({ kind: 'rejected', reason: 'FullyBooked' } as never);
    metrics.countMessage({ kind: 'help' }, true);
    metrics.countSend('sent');
    metrics.countSend('retry', '130429');
    const text = await metrics.registry.metrics();
    expect(text).toContain('antrean_messages_total{outcome="help",reason=""} 1');
    expect(text).toContain('antrean_messages_total{outcome="rejected",reason="FullyBooked"} 1');
    expect(text).toContain('antrean_messages_total{outcome="replayed",reason=""} 1');
    expect(text).toContain('antrean_sends_total{result="sent",code=""} 1');
    expect(text).toContain('antrean_sends_total{result="retry",code="130429"} 1');
  });

  it('reads the outbox depth once per scrape and reports the oldest pending age', async () => {
    const now = new Date('2026-12-01T00:01:00Z');
    const metrics = createHostMetrics(() => now);
    let reads = 0;
    metrics.watchOutbox(async () => {
      reads += 1;
      return { pending: 3, oldestPendingAt: new Date('2026-12-01T00:00:00Z') };
    });
    const text = await metrics.registry.metrics();
    expect(text).toContain('antrean_outbox_pending 3');
    expect(text).toContain('antrean_outbox_oldest_pending_age_seconds 60');
    expect(reads).toBe(1);
  });

  it('times webhooks by status', async () => {
    const metrics = createHostMetrics();
    metrics.timeWebhook()(200);
    expect(await metrics.registry.metrics()).toContain(
      'antrean_webhook_duration_seconds_count{status="200"} 1',
    );
  });
});
