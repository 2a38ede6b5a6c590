/**
 * Stored text, reply outbox: `claim`, `markSent`, `markFailed`, `postpone` and
 * `recordDeliveryStatus` given any string (NUL and lone surrogates included) in one stored field
 * never throw or reject, and an error leaves the item as it was.
 */
import fc from 'fast-check';
import type { SuiteContext } from '../conformance-types';
import { later, NOW } from '../fixtures';
import { claimAt, enqueue, only, outboxFixtures } from '../reply-outbox/outbox-fixtures';
import { settled } from '../support';
import { answered, anyStoredTextArb, STORED_TEXT_RUNS } from './unstorable-text';

const MARKS = ['markSent', 'markFailed', 'postpone'] as const;
const MARK_FIELDS = ['id', 'leaseToken', 'providerMessageId', 'code', 'reason'] as const;
const STATUS_FIELDS = ['providerMessageId', 'errorCode'] as const;

/** Declares the outbox's stored-text properties. */
export function outboxTextTests({ api, harness }: SuiteContext): void {
  const { it, expect } = api;

  it('claim: any text as lease token or channel never throws; an error leases nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('leaseToken', 'channel'), anyStoredTextArb, async (field, text) => {
        const { store, probe } = harness();
        const f = outboxFixtures();
        const key = await enqueue(store, f);
        const input = { now: NOW, leaseUntil: later(NOW, 1), leaseToken: 'lease-clean', limit: 5 };
        const bad = { ...input, channel: f.channel, [field]: text };
        if (await answered(() => store.claim(bad))) return;
        expect(await claimAt(store, f, NOW, 'lease-after')).toHaveLength(1);
        expect(await probe.delivery(key)).toMatchObject({ state: 'pending', attempts: 0 });
      }),
      { numRuns: STORED_TEXT_RUNS },
    );
  });

  it('the marks: any text in id, lease token, provider id or error never throws; an error changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...MARKS),
        fc.constantFrom(...MARK_FIELDS),
        anyStoredTextArb,
        async (mark, field, text) => {
          const { store, probe } = harness();
          const f = outboxFixtures();
          const key = await enqueue(store, f);
          const item = only(await claimAt(store, f, NOW, 'lease-held'));
          const lease = { id: item.id, leaseToken: 'lease-held', at: NOW, [field]: text };
          const error = { code: field === 'code' ? text : '131000', reason: field === 'reason' ? text : 'x' };
          const providerMessageId = field === 'providerMessageId' ? text : 'wamid.clean';
          const call = () =>
            mark === 'markSent'
              ? store.markSent({ ...lease, providerMessageId })
              : mark === 'markFailed'
                ? store.markFailed({ ...lease, error, retryAt: later(NOW, 5) })
                : store.postpone({ ...lease, until: later(NOW, 5) });
          if (await answered(call)) return;
          expect(await probe.delivery(key)).toMatchObject({ state: 'pending', attempts: 0 });
          // Still leased to its holder: a clean mark by it takes.
          const held = { id: item.id, leaseToken: 'lease-held', at: NOW };
          expect(await settled(store.markSent({ ...held, providerMessageId: 'wamid.after' }))).toBe(true);
        },
      ),
      { numRuns: STORED_TEXT_RUNS },
    );
  });

  it('recordDeliveryStatus: any text as provider id or error code never throws; an error changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...STATUS_FIELDS), anyStoredTextArb, async (field, text) => {
        const { store, probe } = harness();
        const f = outboxFixtures();
        const key = await enqueue(store, f);
        const item = only(await claimAt(store, f, NOW, 'lease-status'));
        const providerMessageId = `wamid.${f.officeId}`;
        await settled(
          store.markSent({ id: item.id, leaseToken: 'lease-status', at: NOW, providerMessageId }),
        );
        const status = {
          providerMessageId,
          state: 'failed' as const,
          at: later(NOW, 1),
          errorCode: '131026',
        };
        if (await answered(() => store.recordDeliveryStatus({ ...status, [field]: text }))) return;
        expect(await probe.delivery(key)).toMatchObject({ state: 'sent', providerMessageId });
      }),
      { numRuns: STORED_TEXT_RUNS },
    );
  });
}
