/**
 * Bookings per second through the memory store, beside the same placements done with plain Maps
 * and a capacity check (what the library adds: its rules, dedup records, copies). Run by
 * `pnpm bench`, which prints the table.
 */
import type { ReserveInput } from '@antrean/core';
import { createMemoryStore } from '@antrean/storage-memory';
import { benchPlan, requestsFor, rowSince } from './bench-plan';
import type { BenchRow } from './bench-row';

const PLAN = benchPlan(20_000);
const row = (variant: BenchRow['variant'], bookings: number, started: number): BenchRow =>
  rowSince('memory', variant, bookings, started);

const throughLibrary = async (inputs: readonly ReserveInput[]): Promise<BenchRow> => {
  const store = (await createMemoryStore())._unsafeUnwrap();
  const started = performance.now();
  let placed = 0;
  for (const input of inputs) {
    const result = await store.reserve(input);
    if (result.isOk() && result.value.type === 'Reserved') placed += 1;
  }
  const done = row('library', placed, started);
  await store.close();
  return done;
};

const withMaps = async (inputs: readonly ReserveInput[]): Promise<BenchRow> => {
  const bookings = new Map<string, { code: string; slotId: string }>();
  const held = new Map<string, number>();
  const started = performance.now();
  for (const { booking, candidates } of inputs) {
    const slot = candidates.find((c) => (held.get(c.slotId) ?? 0) < c.capacity);
    if (!slot) continue;
    held.set(slot.slotId, (held.get(slot.slotId) ?? 0) + 1);
    bookings.set(booking.code, { code: booking.code, slotId: slot.slotId });
    await undefined; // one await per booking, like the store's callers
  }
  return row('baseline', bookings.size, started);
};

/** Reserve the plan's 20 000 bookings through the memory store and with plain Maps. */
export async function run(): Promise<BenchRow[]> {
  const inputs = requestsFor(PLAN); // built before timing so only the placing is measured
  return [await throughLibrary(inputs), await withMaps(inputs)];
}
