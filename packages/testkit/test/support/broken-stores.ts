import type { Booking, BookingStore, ReserveInput } from '@antrean/core';
import type { StoreHarness } from '@antrean/testkit';
import { ResultAsync } from 'neverthrow';
import { createMemoryHarness } from '../../../storage-memory/test/memory-harness';

type Break = (inner: BookingStore) => BookingStore;

// The largest whole capacity: the core's `hasRoom` takes only whole numbers, so not Infinity.
const unlimited = (input: ReserveInput): ReserveInput => ({
  ...input,
  candidates: input.candidates.map((c) => ({ ...c, capacity: Number.MAX_SAFE_INTEGER })),
});

/** Places every booking in the first candidate, whatever it holds. */
export const ignoresCapacity: Break = (inner) => ({
  ...inner,
  reserve: (input) => inner.reserve(unlimited(input)),
});

/** Tries the candidates latest first: every session respected, the wrong one chosen. */
export const prefersLaterSessions: Break = (inner) => ({
  ...inner,
  reserve: (input) => inner.reserve({ ...input, candidates: [...input.candidates].reverse() }),
});

/**
 * Counts first and inserts after a round trip: the check-then-insert race. Correct one call at a
 * time, wrong under concurrency.
 */
export const checksThenInserts: Break = (inner) => ({
  ...inner,
  reserve: (input) =>
    ResultAsync.fromSafePromise(
      (async () => {
        const dates = [...new Set(input.candidates.map((c) => c.date))];
        const counts = (await inner.countBySlot(input.booking.officeId, dates))._unsafeUnwrap();
        await new Promise((resolve) => setTimeout(resolve, 1));
        const open = input.candidates.filter((c) => (counts.get(c.slotId) ?? 0) < c.capacity);
        return (await inner.reserve(unlimited({ ...input, candidates: open })))._unsafeUnwrap();
      })(),
    ),
});

/** Handles every message again: no deduplication. */
export const forgetsMessages: Break = (inner) => ({
  ...inner,
  reserve: ({ message: _message, ...plain }) => inner.reserve(plain),
  cancel: ({ message: _message, ...plain }) => inner.cancel(plain),
  findReply: () => ResultAsync.fromSafePromise(Promise.resolve(undefined)),
  recordReply: (_key, reply) => ResultAsync.fromSafePromise(Promise.resolve({ reply, first: true })),
});

/**
 * Cancels only in its own bookkeeping: its reads agree with its writes, the rows do not. Only a
 * suite that reads rows through the probe can tell.
 */
export const cancelsOnlyOnPaper: Break = (inner) => {
  const cancelled = new Map<string, Booking>();
  const onPaper = (b: Booking | undefined) => (b && cancelled.has(b.code) ? cancelled.get(b.code) : b);
  return {
    ...inner,
    cancel: (input) =>
      inner.findByCode(input.officeId, input.code).map((booking) => {
        if (!booking || booking.phone !== input.phone) return { type: 'NotFound' as const };
        if (cancelled.has(booking.code))
          return { type: 'NotFound' as const, booking: cancelled.get(booking.code)! };
        const done = { ...booking, status: 'cancelled' as const, updatedAt: input.now };
        cancelled.set(booking.code, done);
        return { type: 'Cancelled' as const, booking: done };
      }),
    findByCode: (officeId, code) => inner.findByCode(officeId, code).map(onPaper),
    findActiveByApplicant: (key, activeFrom) =>
      inner.findActiveByApplicant(key, activeFrom).map((b) => (b && cancelled.has(b.code) ? undefined : b)),
    countBySlot: (officeId, dates) =>
      inner.countBySlot(officeId, dates).map((counts) => {
        const out = new Map(counts);
        for (const b of cancelled.values()) {
          if (b.officeId === officeId && out.has(b.slotId)) out.set(b.slotId, out.get(b.slotId)! - 1);
        }
        return out;
      }),
  };
};

/** A memory harness whose store is broken in one way; the probe still reads the real rows. */
export const brokenHarness =
  (breakStore: (inner: BookingStore) => BookingStore) => async (): Promise<StoreHarness> => {
    const harness = await createMemoryHarness();
    return { ...harness, store: breakStore(harness.store) };
  };
