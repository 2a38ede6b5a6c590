import { checkInAtCounter, type QueueTicket, readCounterCode } from '@antrean/core';
import { okAsync } from 'neverthrow';
import { describe, expect, it } from 'vitest';
import { canonical, PHONE_A, serviceFixture } from './service-fixture';

/** A booking for Monday 7 December 2026 08:00 WIB, the clock inside its check-in window. */
const bookedInWindow = async () => {
  const fixture = await serviceFixture();
  const answer = await fixture.send('#BUDI SANTOSO#25011987#07122026', PHONE_A);
  const code = answer.outcome.kind === 'confirmed' ? answer.outcome.code : '';
  fixture.clock.set('2026-12-07T00:00:00Z');
  return { ...fixture, code };
};

const ticket = { number: 'A001' } as unknown as QueueTicket;

describe('checkInAtCounter: one check-in, marked with or without a ticket', () => {
  it('reads a code as typed at the counter: spaces anywhere, dash or not, at most 64 characters', () => {
    expect(readCounterCode(' k7qm 3xpr ')).toBe(readCounterCode('K7QM-3XPR'));
    expect(readCounterCode(`K7QM3XPR${' '.repeat(57)}`)).toBeUndefined();
    expect(readCounterCode(42)).toBeUndefined();
  });

  it("gives back the marker's CheckedIn as it came, with what the marker added", async () => {
    const { office, clock, store, code } = await bookedInWindow();
    const result = await checkInAtCounter({ office, clock, store }, code, (input) =>
      store.markCheckedIn(input).map((marked) => ({ ...marked, ticket })),
    );
    expect(result._unsafeUnwrap()).toMatchObject({
      type: 'CheckedIn',
      booking: { status: 'checked_in' },
      ticket,
    });
  });

  it('judges a refused write on the booking as stored, keeping the ticket it already had', async () => {
    const { office, clock, store, code } = await bookedInWindow();
    const at = clock.now();
    await store.markCheckedIn({ officeId: office.id, code: canonical(code), at, activeFrom: at });
    const stored = (await store.findByCode(office.id, canonical(code)))._unsafeUnwrap()!;
    // The look-up still saw it active: another counter checked it in between the look-up and the write.
    const seenActive = { findByCode: () => okAsync({ ...stored, status: 'active' as const }) };
    const lost = await checkInAtCounter({ office, clock, store: seenActive }, code, () =>
      okAsync({ type: 'Unchanged' as const, booking: stored, ticket }),
    );
    expect(lost._unsafeUnwrap()).toEqual({ type: 'AlreadyCheckedIn', booking: stored, ticket });
    const purged = await checkInAtCounter({ office, clock, store: seenActive }, code, () =>
      okAsync({ type: 'Unchanged' as const }),
    );
    expect(purged._unsafeUnwrap()).toEqual({ type: 'NotFound' });
  });

  it('never calls the marker for a code it refuses first', async () => {
    const { office, clock, store, code } = await bookedInWindow();
    clock.set('2026-12-07T01:00:00Z'); // past the 07:30 WIB deadline
    const marker = () => {
      throw new Error('marked a lapsed booking');
    };
    expect((await checkInAtCounter({ office, clock, store }, code, marker))._unsafeUnwrap().type).toBe(
      'Expired',
    );
    expect((await checkInAtCounter({ office, clock, store }, 'nonsense', marker))._unsafeUnwrap()).toEqual({
      type: 'InvalidCode',
    });
  });
});
