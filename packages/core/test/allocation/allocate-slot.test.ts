import { allocateSlot, type SessionSlot, type SlotCounts } from '@antrean/core';
import fc from 'fast-check';
import { err } from 'neverthrow';
import { describe, expect, it } from 'vitest';

const slot = (start: string, capacity: number): SessionSlot => ({
  slotId: `2026-12-01@${start}`,
  date: '2026-12-01',
  start,
  end: start,
  startsAt: new Date(`2026-12-01T${start}:00+07:00`),
  checkInDeadline: new Date(`2026-12-01T${start}:00+07:00`),
  capacity,
});

const morning = [slot('08:00', 2), slot('10:00', 1)];

describe('allocateSlot', () => {
  it('gives the earliest session with room', () => {
    expect(allocateSlot(morning, new Map())._unsafeUnwrap().start).toBe('08:00');
    expect(allocateSlot(morning, new Map([['2026-12-01@08:00', 1]]))._unsafeUnwrap().start).toBe('08:00');
    expect(allocateSlot(morning, new Map([['2026-12-01@08:00', 2]]))._unsafeUnwrap().start).toBe('10:00');
  });

  it('refuses when every session is full, or there is none', () => {
    const full = new Map([
      ['2026-12-01@08:00', 2],
      ['2026-12-01@10:00', 1],
    ]);
    expect(allocateSlot(morning, full)).toEqual(err({ type: 'SessionsFull' }));
    expect(allocateSlot([], new Map())).toEqual(err({ type: 'SessionsFull' }));
  });

  type Op = { readonly kind: 'reserve' } | { readonly kind: 'cancel'; readonly pick: number };

  const opArb: fc.Arbitrary<Op> = fc.oneof(
    { weight: 3, arbitrary: fc.constant({ kind: 'reserve' as const }) },
    { weight: 1, arbitrary: fc.nat().map((pick) => ({ kind: 'cancel' as const, pick })) },
  );
  const candidatesArb = fc
    .array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 })
    .map((capacities) =>
      capacities.map((capacity, i) => slot(`${String(8 + i).padStart(2, '0')}:00`, capacity)),
    );

  it('never exceeds capacity and always picks the earliest slot with room, for any reserves and cancels', () => {
    fc.assert(
      fc.property(candidatesArb, fc.array(opArb, { maxLength: 60 }), (candidates, ops) => {
        const counts = new Map<string, number>();
        const held: string[] = [];
        for (const op of ops) {
          if (op.kind === 'cancel') {
            if (held.length === 0) continue;
            const [slotId] = held.splice(op.pick % held.length, 1);
            counts.set(slotId!, counts.get(slotId!)! - 1);
            continue;
          }
          const firstWithRoom = candidates.find((c) => (counts.get(c.slotId) ?? 0) < c.capacity);
          const result = allocateSlot(candidates, counts as SlotCounts);
          if (result.isErr()) {
            expect(firstWithRoom).toBeUndefined();
            continue;
          }
          expect(result.value).toBe(firstWithRoom);
          counts.set(result.value.slotId, (counts.get(result.value.slotId) ?? 0) + 1);
          held.push(result.value.slotId);
        }
        for (const candidate of candidates) {
          const count = counts.get(candidate.slotId) ?? 0;
          expect(count).toBeLessThanOrEqual(candidate.capacity);
          expect(count).toBe(held.filter((id) => id === candidate.slotId).length);
        }
      }),
    );
  });

  it('allocateSlot never picks a closed session, whatever the counts', () => {
    const candidates = fc
      .array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 4 })
      .map((capacities) =>
        capacities.map((capacity, i) => slot(`${String(8 + i).padStart(2, '0')}:00`, capacity)),
      );
    const counts = fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(candidates, counts, (slots, taken) => {
        const held = new Map(slots.map((s, i) => [s.slotId, taken[i] ?? 0] as const));
        const chosen = allocateSlot(slots, held);
        if (chosen.isOk()) {
          expect(chosen.value.capacity).toBeGreaterThan(0);
          expect(held.get(chosen.value.slotId) ?? 0).toBeLessThan(chosen.value.capacity);
        } else {
          expect(slots.every((s) => s.capacity === 0 || (held.get(s.slotId) ?? 0) >= s.capacity)).toBe(true);
        }
      }),
    );
  });
});
