import { addDays, centralJakartaOffice, checkArrivalDate, isOpenOn, lastBookableDate } from '@antrean/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { horizonDates } from '../../src/allocation/next-dates-with-room';
import { firstOpenDateAfter } from '../../src/replies/reply-context';

const now = new Date('2026-12-01T07:00:00+07:00'); // Tuesday 1 December, 07:00 WIB
const today = '2026-12-01';

describe('lastBookableDate: the one horizon', () => {
  it('is today plus bookingHorizonDays', () => {
    expect(lastBookableDate(centralJakartaOffice, today)).toBe('2026-12-31');
    expect(lastBookableDate({ bookingHorizonDays: 0 }, today)).toBe(today);
  });

  it('is where the arrival-date rule, the dates counted and the example dates all stop', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), (bookingHorizonDays) => {
        const office = { ...centralJakartaOffice, bookingHorizonDays, closedDates: [] };
        const last = lastBookableDate(office, today);
        expect(horizonDates(office, now).at(-1)).toBe(last);
        const after = addDays(last, 1);
        expect(checkArrivalDate(after, now, office)._unsafeUnwrapErr()).toEqual({
          type: 'ArrivalDateTooFar',
          date: after,
          lastDate: last,
        });
        if (isOpenOn(office, last)) expect(checkArrivalDate(last, now, office).isOk()).toBe(true);
        const example = firstOpenDateAfter(office, today);
        if (example !== undefined) expect(example <= last && example > today).toBe(true);
      }),
    );
  });
});

describe('isOpenOn: the one definition of an open day', () => {
  it('is false on closed dates and weekdays without sessions, true on a working day', () => {
    expect(isOpenOn(centralJakartaOffice, '2026-12-02')).toBe(true);
    expect(isOpenOn(centralJakartaOffice, '2026-12-05')).toBe(false); // Saturday
    expect(isOpenOn(centralJakartaOffice, '2026-12-25')).toBe(false); // Christmas, a closed date
    expect(isOpenOn(centralJakartaOffice, '2026-02-30')).toBe(false);
  });
});
