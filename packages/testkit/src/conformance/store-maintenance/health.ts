/** Health: `health()` is ok on a fresh store, and again after it has served calls. */
import type { SuiteContext } from '../conformance-types';
import { DAY, fixtures, newBooking, reserveInput, slot } from '../fixtures';
import { as, settled } from '../support';

/** Declares the health tests. */
export function healthTests({ api, harness }: SuiteContext): void {
  const { it, expect } = api;

  it('health is ok on a fresh store and after it has served a booking', async () => {
    const { store } = harness();
    expect((await store.health()).isOk()).toBe(true);
    as(
      await settled(store.reserve(reserveInput(newBooking(fixtures()), [slot(DAY, '08:00', 1)]))),
      'Reserved',
    );
    expect((await store.health()).isOk()).toBe(true);
  });
}
