import type { BookingStore } from '@antrean/core';

type Break = (inner: BookingStore) => BookingStore;

/** Claims with a lease that ends at once: every claim sees every pending item, leased or not. */
export const ignoresLeases: Break = (inner) => ({
  ...inner,
  claim: (input) => inner.claim({ ...input, leaseUntil: input.now }),
});

/** Says every leased update succeeded, even when the lease was taken over and nothing changed. */
export const reportsLostLeasesAsDone: Break = (inner) => ({
  ...inner,
  markSent: (input) => inner.markSent(input).map(() => true),
  markFailed: (input) => inner.markFailed(input).map(() => true),
  postpone: (input) => inner.postpone(input).map(() => true),
});

/** Purges old messages whose reply was never sent: a reply lost before it left. */
export const purgesPending: Break = (inner) => ({
  ...inner,
  purge: (before) =>
    inner
      .claim({ now: new Date(8.64e15), leaseUntil: new Date(8.64e15), leaseToken: 'purge', limit: 1e6 })
      .andThen((items) =>
        items.reduce(
          (chain, item) =>
            chain.andThen(() =>
              inner.markFailed({ id: item.id, leaseToken: 'purge', at: before, error: { reason: 'purged' } }),
            ),
          inner.outboxStats().map(() => true),
        ),
      )
      .andThen(() => inner.purge(before)),
});

/** Queues a delivery whenever asked, even for a message already recorded: a redelivery sends twice. */
export const queuesRedeliveries: Break = (inner) => ({
  ...inner,
  recordReply: (key, reply, at, delivery) =>
    inner
      .recordReply(key, reply, at, delivery)
      .andThen((recorded) =>
        recorded.first || delivery === undefined
          ? inner.recordReply(key, reply, at, delivery)
          : inner
              .recordReply({ ...key, messageId: `${key.messageId}#again` }, reply, at, delivery)
              .map(() => recorded),
      ),
});
