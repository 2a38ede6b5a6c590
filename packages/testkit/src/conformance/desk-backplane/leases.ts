/**
 * Work leases: one holder at a time per name. A holder renews by asking again; a lease whose
 * `until` is at or before `now` is free for anyone; a release frees it at once, and only its
 * holder's release does. Two stores on the same data are one lease table (capability
 * `multiProcess`, with `options.connectAnother`; otherwise reported as skipped, saying why).
 */
import type { SuiteContext } from '../conformance-types';
import { later, NOW } from '../fixtures';
import { skipReason } from '../store-maintenance/shared-database';
import { settled, skipNote } from '../support';
import { type BackplaneStore, backplaneOf, uniqueName } from './backplane-support';
import { leaseProperty } from './lease-property';

const ask = (store: BackplaneStore, name: string, holder: string, at: number, minutes: number) =>
  settled(store.acquireLease({ name, holder, now: later(NOW, at), until: later(NOW, at + minutes) }));

/** Declares the lease tests. */
export function leaseTests(context: SuiteContext): void {
  const { api, harness, options } = context;
  const { it, expect } = api;

  it('one holder at a time: others are refused until the lease ends', async () => {
    const store = backplaneOf(harness());
    const name = uniqueName('lease');
    expect(await ask(store, name, 'a', 0, 5)).toBe(true);
    expect(await ask(store, name, 'b', 1, 5)).toBe(false);
    expect(await ask(store, name, 'b', 4, 5)).toBe(false);
    // `until <= now` never counts as held: at exactly +5 the lease is free.
    expect(await ask(store, name, 'b', 5, 5)).toBe(true);
    expect(await ask(store, name, 'a', 6, 5)).toBe(false);
    expect(await ask(store, uniqueName('lease'), 'a', 6, 5)).toBe(true);
  });

  it('the holder renews by asking again, which moves the end', async () => {
    const store = backplaneOf(harness());
    const name = uniqueName('lease');
    expect(await ask(store, name, 'a', 0, 5)).toBe(true);
    expect(await ask(store, name, 'a', 4, 5)).toBe(true);
    expect(await ask(store, name, 'b', 7, 5)).toBe(false);
    expect(await ask(store, name, 'b', 9, 5)).toBe(true);
  });

  it('a release frees the lease at once, and only the holder’s release counts', async () => {
    const store = backplaneOf(harness());
    const name = uniqueName('lease');
    expect(await ask(store, name, 'a', 0, 5)).toBe(true);
    await settled(store.releaseLease({ name, holder: 'b' }));
    expect(await ask(store, name, 'b', 1, 5)).toBe(false);
    await settled(store.releaseLease({ name, holder: 'a' }));
    expect(await ask(store, name, 'b', 1, 5)).toBe(true);
    await settled(store.releaseLease({ name: uniqueName('lease'), holder: 'a' }));
  });

  it('concurrent askers on one store: at any instant at most one holder (property)', async () => {
    await leaseProperty(() => [backplaneOf(harness())]);
  }, 60_000);

  const reason = skipReason(context);
  it.skipIf(reason !== undefined)(
    `multiProcess: two stores on one database: at any instant at most one holder (property)${skipNote(reason !== undefined, reason ?? '')}`,
    async () => {
      const first = harness();
      const second = await options.connectAnother!(first);
      try {
        await leaseProperty(() => [backplaneOf(first), backplaneOf(second)]);
      } finally {
        await second.dispose();
      }
    },
    60_000,
  );
}
