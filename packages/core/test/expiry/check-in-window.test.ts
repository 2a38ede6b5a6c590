import {
  activeFrom,
  centralJakartaOffice,
  checkInVerdict,
  checkInWindow,
  codeState,
  deadlineHolds,
  localDateOf,
  type OfficeConfig,
  type StoredBookingStatus,
} from '@antrean/core';
import { indonesianTimeZoneArb, localDateArb, localTimeArb } from '@antrean/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sessionsOn } from '../../src/allocation/sessions-on-date';
import { zonedInstant } from '../../src/time/zoned-time';

const MINUTE = 60_000;

/** An office of a zone and window whose sessions are one start time on every weekday. */
const officeArb = fc
  .record({
    timeZone: indonesianTimeZoneArb,
    arrive: fc.integer({ min: 0, max: 240 }),
    extra: fc.integer({ min: 0, max: 1200 }),
    start: localTimeArb.filter((t) => t < '23:00'),
  })
  .map(
    ({ timeZone, arrive, extra, start }): OfficeConfig => ({
      ...centralJakartaOffice,
      timeZone,
      arriveMinutesBefore: arrive,
      checkInOpensMinutesBefore: arrive + extra,
      closedDates: [],
      sessions: [
        {
          days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
          start,
          end: `${String(Number(start.slice(0, 2)) + 1).padStart(2, '0')}${start.slice(2)}`,
          capacity: 1,
        },
      ],
    }),
  );

const caseArb = fc
  .record({ office: officeArb, date: localDateArb({ from: '2026-01-01', to: '2027-12-31' }) })
  .map(({ office, date }) => ({ office, slot: sessionsOn(office, date)[0]! }));

describe('activeFrom', () => {
  it('is now itself: a deadline holds at its own instant and lapses a millisecond later', () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true }), (now) => {
        expect(activeFrom(now).getTime()).toBe(now.getTime());
        expect(deadlineHolds(now, activeFrom(now))).toBe(true);
        expect(deadlineHolds(now, activeFrom(new Date(now.getTime() + 1)))).toBe(false);
      }),
    );
  });
});

describe('checkInWindow', () => {
  it('property: opens N minutes before the session but not before the deadline day, closes at the deadline', () => {
    fc.assert(
      fc.property(caseArb, ({ office, slot }) => {
        const { opensAt, closesAt } = checkInWindow(slot, office);
        const dayStart = zonedInstant(
          localDateOf(slot.checkInDeadline, office.timeZone),
          '00:00',
          office.timeZone,
        );
        expect(closesAt).toEqual(slot.checkInDeadline);
        expect(opensAt.getTime()).toBe(
          Math.max(slot.startsAt.getTime() - office.checkInOpensMinutesBefore * MINUTE, dayStart.getTime()),
        );
        expect(opensAt.getTime()).toBeLessThanOrEqual(closesAt.getTime());
        expect(localDateOf(opensAt, office.timeZone)).toBe(localDateOf(closesAt, office.timeZone));
      }),
    );
  });

  it('opens at 06:00 for an 08:00 session with the defaults', () => {
    const slot = sessionsOn(centralJakartaOffice, '2026-12-07')[0]!;
    expect(checkInWindow(slot, centralJakartaOffice)).toEqual({
      opensAt: new Date('2026-12-06T23:00:00Z'),
      closesAt: new Date('2026-12-07T00:30:00Z'),
    });
  });
});

describe('checkInVerdict', () => {
  const statusArb = fc.constantFrom<StoredBookingStatus>(
    'active',
    'active',
    'checked_in',
    'cancelled',
    'expired',
  );

  it('property: Open exactly inside the window for an active code; else the state, or TooEarly with opensAt', () => {
    fc.assert(
      fc.property(
        caseArb,
        statusArb,
        fc.integer({ min: -3000, max: 600 }),
        ({ office, slot }, status, offset) => {
          const booking = { ...slot, status };
          const { opensAt, closesAt } = checkInWindow(slot, office);
          const now = new Date(slot.checkInDeadline.getTime() + offset * MINUTE);
          const verdict = checkInVerdict(booking, now, office);
          const state = codeState(booking, now);
          if (state === 'active' && now < opensAt) expect(verdict).toEqual({ type: 'TooEarly', opensAt });
          else if (state === 'active') {
            expect(verdict).toEqual({ type: 'Open' });
            expect(now.getTime()).toBeLessThanOrEqual(closesAt.getTime());
          } else {
            const named = {
              cancelled: 'Cancelled',
              checked_in: 'AlreadyCheckedIn',
              expired: 'Expired',
            } as const;
            expect(verdict).toEqual({ type: named[state] });
          }
        },
      ),
    );
  });

  it('is Open at both ends of the window and not a millisecond outside it', () => {
    const slot = sessionsOn(centralJakartaOffice, '2026-12-07')[0]!;
    const booking = { ...slot, status: 'active' as const };
    const { opensAt, closesAt } = checkInWindow(slot, centralJakartaOffice);
    const at = (ms: number) => checkInVerdict(booking, new Date(ms), centralJakartaOffice).type;
    expect([
      at(opensAt.getTime() - 1),
      at(opensAt.getTime()),
      at(closesAt.getTime()),
      at(closesAt.getTime() + 1),
    ]).toEqual(['TooEarly', 'Open', 'Open', 'Expired']);
  });
});
