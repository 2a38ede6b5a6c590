import type { LedgerPrimitives, StoreError } from '@antrean/core';
import { modelBookingStore, modelPrimitivesOver, modelStore, type PrimitivesHarness } from '@antrean/testkit';
import { ResultAsync } from 'neverthrow';

/** The model store with some of its primitives replaced by `override` (given the right ones). */
export const brokenPrimitives =
  (override: (tx: LedgerPrimitives) => Partial<LedgerPrimitives>) => async (): Promise<PrimitivesHarness> => {
    const model = modelStore();
    const store = modelBookingStore(model);
    return {
      store: {
        ...store,
        transact: (scope, work) => model.transact(scope, (tx) => work({ ...tx, ...override(tx) })),
      },
      dispose: () => store.close(),
    };
  };

/** Takes a place whatever the capacity. */
export const ignoresCapacity = brokenPrimitives((tx) => ({
  takePlace: (officeId, slot) => tx.takePlace(officeId, { ...slot, capacity: Number.MAX_SAFE_INTEGER }),
}));

/** Changes the named bookings whatever their status. */
export const ignoresFrom = brokenPrimitives((tx) => ({
  changeStatus: async (change) => {
    const changed = [];
    for (const code of change.codes) {
      const stored = await tx.findBooking(code);
      if (stored) changed.push(...(await tx.changeStatus({ ...change, codes: [code], from: stored.status })));
    }
    return changed;
  },
}));

/** Reports a refused binding but writes the booking, binding and reply all the same. */
export const keepsRefusedBookings = brokenPrimitives((tx) => ({
  writeBooking: async (write) => {
    const bound = await tx.writeBooking(write);
    if (!bound)
      await tx.writeBooking({ ...write, binding: { ...write.binding, replaceBefore: new Date(8.64e15) } });
    return bound;
  },
}));

/** Numbers every ticket 1: the next value repeats the last. */
export const repeatsSequence = brokenPrimitives(() => ({ nextSequence: async () => 1 }));

const failed = (cause: unknown): StoreError => ({ type: 'StoreUnavailable', message: String(cause), cause });

/** Runs the work straight on the committed rows: a rejected work keeps what it wrote. */
export const keepsRejectedWork = async (): Promise<PrimitivesHarness> => {
  const model = modelStore();
  const store = modelBookingStore(model);
  return {
    store: {
      ...store,
      transact: (_scope, work) => ResultAsync.fromPromise(work(modelPrimitivesOver(model.tables)), failed),
    },
    dispose: () => store.close(),
  };
};
