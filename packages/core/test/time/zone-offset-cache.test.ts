import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cachedHourCount, uncachedOffsetMs, zoneOffsetMs } from '../../src/time/zone-offset';
import { formatLocalTime, formatOffsetIso, localDateOf, zonedInstant } from '../../src/time/zoned-time';

/** Zones with DST, half-hour DST (Lord Howe), southern-hemisphere rules and odd offsets. */
const TRICKY_ZONES = [
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'America/Santiago',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'America/St_Johns',
  'Asia/Jakarta',
  'Africa/Casablanca',
  'Pacific/Apia',
];
const ALL_ZONES = Intl.supportedValuesOf('timeZone');
const zoneArb = fc.oneof(fc.constantFrom(...TRICKY_ZONES), fc.constantFrom(...ALL_ZONES));
/** 1900..2100, to the millisecond. */
const instantArb = fc
  .integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) })
  .map((ms) => new Date(ms));
/** Instants within two hours of a clock change somewhere, where caching per hour could go wrong. */
const nearChangeArb = fc
  .tuple(
    fc.constantFrom(
      Date.UTC(2026, 2, 8, 7), // New York springs forward
      Date.UTC(2026, 9, 25, 1), // London falls back
      Date.UTC(2026, 3, 4, 15), // Lord Howe: half an hour back
      Date.UTC(2026, 8, 6, 4), // Santiago springs forward
    ),
    fc.integer({ min: -2 * 3_600_000, max: 2 * 3_600_000 }),
  )
  .map(([at, shift]) => new Date(at + shift));
const wallArb = fc.record({
  date: fc
    .integer({ min: 1950, max: 2080 })
    .chain((year) =>
      fc
        .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
        .map(([m, d]) => `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    ),
  time: fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
});
const RUNS = { numRuns: 2_000 };

describe('cached office-local time agrees with date-fns-tz', () => {
  it('gives the same local date, time and ISO text for any instant in any zone', () => {
    fc.assert(
      fc.property(fc.oneof(instantArb, nearChangeArb), zoneArb, (instant, zone) => {
        expect(localDateOf(instant, zone)).toBe(formatInTimeZone(instant, zone, 'yyyy-MM-dd'));
        expect(formatLocalTime(instant, zone)).toBe(formatInTimeZone(instant, zone, 'HH:mm'));
        expect(formatOffsetIso(instant, zone)).toBe(
          formatInTimeZone(instant, zone, "yyyy-MM-dd'T'HH:mm:ssxxx"),
        );
      }),
      RUNS,
    );
  });

  it('gives the same instant for any local date and time, skipped and repeated times included', () => {
    fc.assert(
      fc.property(wallArb, zoneArb, ({ date, time }, zone) => {
        expect(zonedInstant(date, time, zone).getTime()).toBe(
          fromZonedTime(`${date}T${time}:00`, zone).getTime(),
        );
      }),
      RUNS,
    );
  });

  it('resolves the wall times around DST changes as date-fns-tz does', () => {
    const cases: [string, string, string][] = [
      ['2026-03-08', '02:30', 'America/New_York'], // skipped
      ['2026-11-01', '01:30', 'America/New_York'], // repeated
      ['2026-03-29', '01:30', 'Europe/London'],
      ['2026-10-25', '01:30', 'Europe/London'],
      ['2026-04-05', '01:45', 'Australia/Lord_Howe'],
      ['2026-10-04', '02:15', 'Australia/Lord_Howe'],
      ['2026-09-06', '00:30', 'America/Santiago'],
      ['2026-04-05', '23:30', 'America/Santiago'],
    ];
    for (const [date, time, zone] of cases) {
      expect(zonedInstant(date, time, zone).toISOString()).toBe(
        fromZonedTime(`${date}T${time}:00`, zone).toISOString(),
      );
    }
  });
});

describe('zoneOffsetMs', () => {
  it('equals the offset Intl gives at that very instant', () => {
    fc.assert(
      fc.property(fc.oneof(instantArb, nearChangeArb), zoneArb, (instant, zone) => {
        expect(zoneOffsetMs(zone, instant.getTime())).toBe(uncachedOffsetMs(zone, instant.getTime()));
      }),
      RUNS,
    );
  });

  it('keeps a bounded table however many hours it is asked about', () => {
    const zone = 'Asia/Makassar';
    for (let hour = 0; hour < 10_000; hour++) zoneOffsetMs(zone, Date.UTC(2026, 0, 1) + hour * 3_600_000);
    expect(cachedHourCount(zone)).toBeGreaterThan(0);
    expect(cachedHourCount(zone)).toBeLessThanOrEqual(4_096);
  });

  it('says NaN for a zone Intl does not know', () => {
    expect(zoneOffsetMs('Mars/Olympus', Date.UTC(2026, 0, 1))).toBeNaN();
  });
});
