import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serviceFixture, smallOffice } from './service-fixture';

// Weekdays of the week after the fixture's Monday 30 November 2026, inside the horizon.
const DATES = ['01122026', '02122026', '03122026', '07122026', '08122026'];
const STARTS = ['08:00', '10:00'];

/** A distinct applicant per message: a name of letters and a mobile number of their own. */
const applicant = (i: number) => ({
  name: `BUDI ${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`,
  phone: `08129900${String(4400 + i)}`,
});

describe('a session of capacity 0', () => {
  it('never gets a booking, and a day whose sessions are all closed is a closed day', async () => {
    const capacities = fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }));
    const picks = fc.array(fc.integer({ min: 0, max: DATES.length - 1 }), { minLength: 1, maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(capacities, picks, async ([morning, late], dates) => {
        const [first, second] = smallOffice().sessions;
        const office = smallOffice({
          sessions: [
            { ...first!, capacity: morning },
            { ...second!, capacity: late },
          ],
        });
        const { send } = await serviceFixture({ office });
        const taken = new Map<string, number>();
        for (const [i, date] of dates.entries()) {
          const { name, phone } = applicant(i);
          const { outcome } = await send(`#${name}#25011987#${DATES[date]}`, phone);
          if (outcome.kind === 'confirmed') {
            const start = outcome.sessionStart.slice(11, 16);
            const capacity = start === STARTS[0] ? morning : late;
            expect(capacity).toBeGreaterThan(0);
            const key = `${outcome.date}@${start}`;
            taken.set(key, (taken.get(key) ?? 0) + 1);
            expect(taken.get(key)).toBeLessThanOrEqual(capacity);
          } else if (morning === 0 && late === 0) {
            expect(outcome).toMatchObject({ kind: 'rejected', reason: 'OfficeClosed' });
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
