/**
 * The slot counters are a second record of the places taken; whatever sequence of reserve,
 * cancel, check-in, expiry and purge runs, they must equal COUNT(*) of the held rows and
 * never exceed capacity.
 */
import { activeFrom } from '@antrean/core';
import { createSqliteStore } from '@antrean/storage-sqlite';
import { conformanceFixtures } from '@antrean/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSlots } from './slot-check';
import { openLibsql } from './sqlite-harness';

const { DAY, NOW, fixtures, later, newBooking, reserveInput, slot } = conformanceFixtures;
const SESSIONS = [slot(DAY, '08:00', 2), slot(DAY, '10:00', 3)];
const DEADLINE_MINUTES = (SESSIONS[0]!.checkInDeadline.getTime() - NOW.getTime()) / 60_000;

const step = fc.oneof(
  fc.record({
    kind: fc.constant('reserve' as const),
    applicant: fc.nat(5),
    minutes: fc.nat(2 * DEADLINE_MINUTES),
  }),
  fc.record({
    kind: fc.constant('cancel' as const),
    pick: fc.nat(20),
    minutes: fc.nat(2 * DEADLINE_MINUTES),
  }),
  fc.record({
    kind: fc.constant('checkIn' as const),
    pick: fc.nat(20),
    minutes: fc.nat(2 * DEADLINE_MINUTES),
  }),
  fc.record({ kind: fc.constant('purge' as const), minutes: fc.nat(3 * DEADLINE_MINUTES) }),
);

describe('slot counters', () => {
  it('equal the held rows and stay within capacity after any sequence of operations', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 30 }), async (steps) => {
        const db = openLibsql(':memory:');
        try {
          const store = (await createSqliteStore(db))._unsafeUnwrap();
          const f = fixtures();
          const people = Array.from({ length: 6 }, () => newBooking(f));
          const made: { code: string; phone: string }[] = [];
          for (const s of steps) {
            const now = later(NOW, s.minutes);
            if (s.kind === 'reserve') {
              const person = people[s.applicant]!;
              const draft = { ...person, code: f.code() };
              const result = (await store.reserve(reserveInput(draft, SESSIONS, { now })))._unsafeUnwrap();
              if (result.type === 'Reserved') made.push(draft);
            } else if (s.kind === 'purge') {
              (await store.purge(now))._unsafeUnwrap();
            } else {
              const target = made[s.pick % Math.max(1, made.length)];
              if (!target) continue;
              const at = { officeId: f.officeId, code: target.code, activeFrom: activeFrom(now) };
              if (s.kind === 'cancel')
                (await store.cancel({ ...at, phone: target.phone, now }))._unsafeUnwrap();
              else (await store.markCheckedIn({ ...at, at: now }))._unsafeUnwrap();
            }
            expect(checkSlots(db)).toEqual([]);
          }
        } finally {
          db.close();
        }
      }),
      { numRuns: 60 },
    );
  });
});
