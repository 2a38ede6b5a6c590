import {
  type CodeState,
  centralJakartaOffice,
  codeState,
  isActiveAt,
  type OfficeConfig,
  type StoredBookingStatus,
} from '@antrean/core';
import { instantArb } from '@antrean/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sessionsOn } from '../../src/allocation/sessions-on-date';
import { zonedInstant } from '../../src/time/zoned-time';

const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
const DATE = '2026-12-01';

/** The active booking of the 08:00 session on DATE in an office of that zone and arrival rule. */
const bookingAt08 = (timeZone: string, arriveMinutesBefore: number) => {
  const office: OfficeConfig = { ...centralJakartaOffice, timeZone, arriveMinutesBefore };
  const slot = sessionsOn(office, DATE)[0]!;
  return { status: 'active' as const, checkInDeadline: slot.checkInDeadline };
};

const stateAt = (booking: ReturnType<typeof bookingAt08>, timeZone: string, time: string, plusMs = 0) =>
  codeState(booking, new Date(zonedInstant(DATE, time, timeZone).getTime() + plusMs));

describe.each(ZONES)('expiry in %s', (timeZone) => {
  it('keeps an 08:00 code active to 07:30:00 local and voids it one millisecond later', () => {
    const booking = bookingAt08(timeZone, 30);
    expect(stateAt(booking, timeZone, '07:29')).toBe('active');
    expect(stateAt(booking, timeZone, '07:30')).toBe('active');
    expect(stateAt(booking, timeZone, '07:30', 1)).toBe('expired');
    expect(stateAt(booking, timeZone, '07:31')).toBe('expired');
    expect(stateAt(booking, timeZone, '08:00')).toBe('expired');
  });

  it('follows a custom arriveMinutesBefore to the minute', () => {
    const booking = bookingAt08(timeZone, 45);
    expect(stateAt(booking, timeZone, '07:15')).toBe('active');
    expect(stateAt(booking, timeZone, '07:15', 1)).toBe('expired');
    expect(stateAt(booking, timeZone, '07:16')).toBe('expired');
    const onTime = bookingAt08(timeZone, 0);
    expect(stateAt(onTime, timeZone, '08:00')).toBe('active');
    expect(stateAt(onTime, timeZone, '08:01')).toBe('expired');
  });
});

/** Milliseconds from a deadline: mostly right at it, sometimes minutes or days away. */
const nearbyArb = fc.oneof(
  fc.integer({ min: -1, max: 1 }),
  fc.integer({ min: -120_000, max: 120_000 }),
  fc.integer({ min: -864_000_000, max: 864_000_000 }),
);

describe('codeState', () => {
  const deadline = new Date('2026-12-01T00:30:00Z');

  it.each([
    ['cancelled', 'cancelled'],
    ['checked_in', 'checked_in'],
    ['expired', 'expired'],
  ] as const)('reports a %s booking as %s at any time', (status, state) => {
    for (const now of [new Date(0), deadline, new Date('2030-01-01T00:00:00Z')]) {
      expect(codeState({ status, checkInDeadline: deadline }, now)).toBe(state);
      expect(isActiveAt({ status, checkInDeadline: deadline }, now)).toBe(false);
    }
  });

  it('is expired for an active booking exactly when now is after its deadline', () => {
    fc.assert(
      fc.property(instantArb(), nearbyArb, (checkInDeadline, delta) => {
        const now = new Date(checkInDeadline.getTime() + delta);
        const state = codeState({ status: 'active', checkInDeadline }, now);
        expect(state).toBe(now.getTime() > checkInDeadline.getTime() ? 'expired' : 'active');
        expect(isActiveAt({ status: 'active', checkInDeadline }, now)).toBe(state === 'active');
      }),
    );
  });

  it('only ever gives active to active bookings', () => {
    const statuses: StoredBookingStatus[] = ['active', 'checked_in', 'cancelled', 'expired'];
    fc.assert(
      fc.property(
        fc.constantFrom(...statuses),
        instantArb(),
        instantArb(),
        (status, checkInDeadline, now) => {
          const state: CodeState = codeState({ status, checkInDeadline }, now);
          if (state === 'active') expect(status).toBe('active');
        },
      ),
    );
  });
});
