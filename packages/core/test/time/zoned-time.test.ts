import { formatLocalTime, localDateOf } from '@antrean/core';
import { indonesianTimeZoneArb, instantArb, localDateArb, localTimeArb } from '@antrean/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatOffsetIso, zonedInstant } from '../../src/time/zoned-time';

const ZONES = [
  { zone: 'Asia/Jakarta', name: 'WIB', offset: 7 },
  { zone: 'Asia/Makassar', name: 'WITA', offset: 8 },
  { zone: 'Asia/Jayapura', name: 'WIT', offset: 9 },
] as const;

/** The UTC instant of a local wall-clock time `hours` past midnight of 1 Dec 2026 in a zone of `offset`. */
const localOn1Dec = (offset: number, hours: number, minutes = 0): Date =>
  new Date(Date.UTC(2026, 11, 1, hours - offset, minutes));

describe.each(ZONES)('in $zone ($name, UTC+$offset)', ({ zone, offset }) => {
  it('keeps 23:30 local on its local day although UTC is earlier that day', () => {
    const instant = localOn1Dec(offset, 23, 30);
    expect(instant.getUTCDate()).toBe(1);
    expect(localDateOf(instant, zone)).toBe('2026-12-01');
    expect(formatLocalTime(instant, zone)).toBe('23:30');
  });

  it('puts 00:30 local on the next local day while UTC is still on the previous one', () => {
    const instant = localOn1Dec(offset, 24, 30);
    expect(instant.toISOString().slice(0, 10)).toBe('2026-12-01');
    expect(localDateOf(instant, zone)).toBe('2026-12-02');
    expect(formatLocalTime(instant, zone)).toBe('00:30');
  });

  it('turns a local date and time into the right UTC instant', () => {
    expect(zonedInstant('2026-12-01', '08:00', zone)).toEqual(localOn1Dec(offset, 8));
    expect(zonedInstant('2026-12-02', '00:00', zone)).toEqual(localOn1Dec(offset, 24));
  });

  it("formats instants with the zone's offset", () => {
    const instant = zonedInstant('2026-12-01', '08:00', zone);
    expect(formatOffsetIso(instant, zone)).toBe(`2026-12-01T08:00:00+0${offset}:00`);
    expect(formatOffsetIso(localOn1Dec(offset, 24, 30), zone)).toBe(`2026-12-02T00:30:00+0${offset}:00`);
  });
});

describe('zonedInstant and localDateOf', () => {
  it('round-trip any local date and time in the three zones', () => {
    fc.assert(
      fc.property(
        indonesianTimeZoneArb,
        localDateArb({ from: '1970-01-01', to: '2099-12-31' }),
        localTimeArb,
        (zone, date, time) => {
          const instant = zonedInstant(date, time, zone);
          expect(localDateOf(instant, zone)).toBe(date);
          expect(formatLocalTime(instant, zone)).toBe(time);
        },
      ),
    );
  });

  it('round-trip any instant, to the minute, in the three zones', () => {
    fc.assert(
      fc.property(indonesianTimeZoneArb, instantArb(), (zone, instant) => {
        const back = zonedInstant(localDateOf(instant, zone), formatLocalTime(instant, zone), zone);
        expect(back.getTime()).toBe(Math.floor(instant.getTime() / 60_000) * 60_000);
      }),
    );
  });

  it('follow daylight saving in zones that have it', () => {
    expect(zonedInstant('2026-07-01', '12:00', 'America/New_York')).toEqual(new Date('2026-07-01T16:00:00Z'));
    expect(zonedInstant('2026-01-15', '12:00', 'America/New_York')).toEqual(new Date('2026-01-15T17:00:00Z'));
    expect(formatOffsetIso(new Date('2026-01-15T17:00:00Z'), 'UTC')).toBe('2026-01-15T17:00:00+00:00');
  });
});
