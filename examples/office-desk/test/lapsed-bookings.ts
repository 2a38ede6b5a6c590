import type { Booking, BookingStore } from '@antrean/core';
import { waitUntil } from '@antrean/testkit';

/** A store that remembers the bookings reserved through it, and a wait for the desk's sweep over them. */
export interface SeedWatch {
  /** `store` itself, noting every booking `reserve` makes. */
  readonly store: BookingStore;
  /**
   * Waits until every booking reserved through `store` whose check-in deadline has passed is no
   * longer active: the desk process's sweep has run over all of them (it runs on its own timer,
   * so the test waits for what the sweep does, not for a guessed number of its periods).
   */
  sweepDone(): Promise<void>;
}

/** Wraps `store` (a second connection to the desk's database) to watch the bookings the tests seed. */
export function watchSeeds(store: BookingStore): SeedWatch {
  const seeded: Booking[] = [];
  const watched = new Proxy(store, {
    get(target, name, receiver) {
      const member = Reflect.get(target, name, receiver);
      if (typeof member !== 'function') return member;
      if (name !== 'reserve') return member.bind(target);
      return (...args: Parameters<BookingStore['reserve']>) =>
        target.reserve(...args).map((result) => {
          if (result.type === 'Reserved') seeded.push(result.booking);
          return result;
        });
    },
  });
  const stillActive = async (booking: Booking) =>
    (await store.findByCode(booking.officeId, booking.code)).map((found) => found?.status === 'active');
  return {
    store: watched,
    sweepDone: async () => {
      const now = Date.now();
      const lapsed = seeded.filter((booking) => booking.checkInDeadline.getTime() < now);
      await waitUntil("the desk's sweep to expire every lapsed seeded booking", async () => {
        const states = await Promise.all(lapsed.map(stillActive));
        const active = states.filter((state) => state.isErr() || state.value).length;
        return active === 0 || `${active} of ${lapsed.length} still active`;
      });
    },
  };
}
