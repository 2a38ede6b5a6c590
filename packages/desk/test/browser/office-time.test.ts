import { formatLocalTime, localDateOf } from '@antrean/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as page from '../../assets/office-time.js';

/** The offices' zones (WIB, WITA, WIT) and UTC: none changes its offset. */
const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'UTC'] as const;
const zoneArb = fc.constantFrom(...ZONES);
/** Instants to the minute, 2000–2099, as the pages' fields and answers hold them. */
const instantArb = fc
  .integer({ min: Date.UTC(2000, 0, 1) / 60_000, max: Date.UTC(2099, 11, 31) / 60_000 })
  .map((minutes) => new Date(minutes * 60_000));

// The pages cannot import the core (they are plain files, not bundled): the core's own zone
// functions are the oracle for the pages' copy.
describe("the pages' office clock (assets/office-time.js)", () => {
  it("gives the office's date as the core does, whatever the device's zone", () => {
    fc.assert(
      fc.property(zoneArb, instantArb, (zone, instant) => {
        page.useOfficeZone(zone);
        expect(page.officeDateOf(instant)).toBe(localDateOf(instant, zone));
      }),
    );
  });

  it("writes a datetime-local value on the office's wall clock and reads it back to the same instant", () => {
    fc.assert(
      fc.property(zoneArb, instantArb, (zone, instant) => {
        page.useOfficeZone(zone);
        const value = page.officeInputValue(instant);
        expect(value).toBe(`${localDateOf(instant, zone)}T${formatLocalTime(instant, zone)}`);
        expect(page.instantOfOfficeInput(value)).toEqual(instant);
      }),
    );
  });

  it('reads nothing from an empty or malformed field, and keeps the zone it had for an empty one', () => {
    page.useOfficeZone('Asia/Jayapura');
    page.useOfficeZone('');
    expect(page.officeTimeZone()).toBe('Asia/Jayapura');
    expect(page.instantOfOfficeInput('')).toBeUndefined();
    expect(page.instantOfOfficeInput('8 Des 2026')).toBeUndefined();
  });
});
