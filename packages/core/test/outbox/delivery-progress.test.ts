import { describe, expect, it } from 'vitest';
import { DELIVERY_MOVES_FROM, deliveryMoves } from '../../src/outbox/delivery-progress';
import type { DeliveryState, DeliveryStatus } from '../../src/ports/reply-outbox';

const STATES: readonly DeliveryState[] = ['pending', 'sent', 'delivered', 'read', 'failed'];
const REPORTS: readonly DeliveryStatus['state'][] = ['sent', 'delivered', 'read', 'failed'];
const ORDER: Readonly<Record<DeliveryState, number>> = {
  pending: 0,
  sent: 1,
  delivered: 2,
  read: 3,
  failed: 4,
};

describe('deliveryMoves', () => {
  it('moves a delivery only forward along sent < delivered < read', () => {
    for (const current of STATES.filter((s) => s !== 'failed')) {
      for (const next of REPORTS.filter((s) => s !== 'failed')) {
        expect(deliveryMoves(current, next), `${current} -> ${next}`).toBe(ORDER[next] > ORDER[current]);
      }
    }
  });

  it('takes a failure from any state before read, and nothing after read or failed', () => {
    expect(STATES.filter((current) => deliveryMoves(current, 'failed'))).toEqual([
      'pending',
      'sent',
      'delivered',
    ]);
    for (const next of REPORTS) {
      expect(deliveryMoves('failed', next)).toBe(false);
      expect(DELIVERY_MOVES_FROM[next]).not.toContain('read');
    }
  });
});
