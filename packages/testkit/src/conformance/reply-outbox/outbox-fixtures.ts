import type { BookingStore, MessageKey, OutboxItem, ReplyDelivery } from '@antrean/core';
import { type Fixtures, fixtures, helpReply, NOW } from '../fixtures';
import { settled } from '../support';

/** The business number the suite's replies go out from. */
export const VIA = '106540352242922';

/** One minute, in ms: leases and retry times in the suite are whole minutes after `NOW`. */
export const MINUTE_MS = 60_000;

/** `ms` after an instant. */
export const plusMs = (instant: Date, ms: number): Date => new Date(instant.getTime() + ms);

/** A message key on a channel of this test's own, so claims never see another test's items. */
export interface OutboxFixtures extends Fixtures {
  readonly channel: string;
  /** A fresh key on the test's channel. */
  key(): MessageKey;
  /** The delivery a key's reply asks for: from `VIA` to its sender. */
  delivery(key: MessageKey): ReplyDelivery;
}

/** Fixtures for one outbox test. */
export const outboxFixtures = (): OutboxFixtures => {
  const f = fixtures();
  const channel = `outbox-${f.officeId}`;
  return {
    ...f,
    channel,
    key: () => ({ ...f.messageKey(), channel }),
    delivery: (key) => ({ via: VIA, to: key.sender }),
  };
};

/** Records a help reply for a fresh message asking for delivery, at `at`: one pending item. */
export const enqueue = async (
  store: BookingStore,
  f: OutboxFixtures,
  at: Date = NOW,
  label = 'queued',
): Promise<MessageKey> => {
  const key = f.key();
  await settled(store.recordReply(key, helpReply(label), at, f.delivery(key)));
  return key;
};

/** Claims up to `limit` due items of the test's channel at `now` for `leaseToken`, leased for a minute. */
export const claimAt = (
  store: BookingStore,
  f: OutboxFixtures,
  now: Date,
  leaseToken: string,
  limit = 100,
): Promise<readonly OutboxItem[]> =>
  settled(store.claim({ now, leaseUntil: plusMs(now, MINUTE_MS), leaseToken, limit, channel: f.channel }));

/** The single item a claim is expected to return; anything else fails the test. */
export const only = (items: readonly OutboxItem[]): OutboxItem => {
  if (items.length !== 1) throw new Error(`expected one item, got ${items.length}`);
  return items[0] as OutboxItem;
};
