import type { OfficeConfig, SessionConfig, Weekday } from '@antrean/core';
import { normalizeSender } from '@antrean/core';
import fc from 'fast-check';
import { indonesianTimeZoneArb, localDateArb } from './instants';

const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** A day of the week as office configs write it. */
export const weekdayArb: fc.Arbitrary<Weekday> = fc.constantFrom(...WEEKDAYS);

const daysArb = fc.subarray([...WEEKDAYS], { minLength: 1 });

const hhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** One valid session: weekdays, a start before its end (half-hour steps), a small capacity. */
export const sessionConfigArb: fc.Arbitrary<SessionConfig> = fc
  .record({
    days: daysArb,
    bounds: fc
      .integer({ min: 0, max: 46 })
      .chain((start) => fc.tuple(fc.constant(start), fc.integer({ min: start + 1, max: 47 }))),
    capacity: fc.integer({ min: 1, max: 5 }),
  })
  .map(({ days, bounds: [start, end], capacity }) => ({
    days,
    start: hhmm(start * 30),
    end: hhmm(end * 30),
    capacity,
  }));

/** 1 to 4 sessions laid end to end or with gaps, from 05:00 at the earliest, never overlapping. */
const sessionsArb: fc.Arbitrary<SessionConfig[]> = fc
  .record({
    first: fc.integer({ min: 10, max: 20 }),
    parts: fc.array(
      fc.record({
        gap: fc.integer({ min: 0, max: 2 }),
        length: fc.integer({ min: 1, max: 4 }),
        days: daysArb,
        capacity: fc.integer({ min: 1, max: 5 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
  })
  .map(({ first, parts }) => {
    let cursor = first;
    return parts.map(({ gap, length, days, capacity }) => {
      const start = cursor + gap;
      cursor = start + length;
      return { days, start: hhmm(start * 30), end: hhmm(cursor * 30), capacity };
    });
  });

/**
 * A valid office config (it passes `parseOfficeConfig`) in one of the three Indonesian zones,
 * with non-overlapping sessions, small capacities, a short horizon and a few closed dates in 2026–2027.
 */
export const officeConfigArb: fc.Arbitrary<OfficeConfig> = fc
  .record({
    id: fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/),
    name: fc.constantFrom(
      'Kantor Imigrasi Kelas I Jakarta Pusat',
      'Kantor Imigrasi Makassar',
      'Kanim Jayapura',
    ),
    timeZone: indonesianTimeZoneArb,
    bookingHorizonDays: fc.integer({ min: 0, max: 45 }),
    arriveMinutesBefore: fc.integer({ min: 0, max: 240 }),
    opensBeforeDeadline: fc.integer({ min: 0, max: 1200 }),
    sessions: sessionsArb,
    closedDates: fc.uniqueArray(localDateArb({ from: '2026-01-01', to: '2027-12-31' }), { maxLength: 6 }),
    numberBindingDays: fc.integer({ min: 0, max: 60 }),
    retentionDays: fc.integer({ min: 0, max: 60 }),
    language: fc.constantFrom('id' as const, 'en' as const),
    address: fc.option(fc.constantFrom('Jl. Merpati No. 3', 'Jl. Urip Sumoharjo km 4'), { nil: undefined }),
  })
  .map(
    ({ address, opensBeforeDeadline, ...office }): OfficeConfig => ({
      ...office,
      checkInOpensMinutesBefore: office.arriveMinutesBefore + opensBeforeDeadline,
      country: 'ID',
      ...(address === undefined ? {} : { address }),
    }),
  );

/** Prefixes of Indonesian mobile operators (Telkomsel, Indosat, XL, Axis, Tri, Smartfren). */
const MOBILE_PREFIXES = [
  '811',
  '812',
  '813',
  '821',
  '822',
  '823',
  '851',
  '852',
  '853',
  '814',
  '815',
  '816',
  '855',
  '856',
  '857',
  '858',
  '817',
  '818',
  '819',
  '859',
  '877',
  '878',
  '831',
  '832',
  '833',
  '838',
  '895',
  '896',
  '897',
  '898',
  '899',
  '881',
  '882',
  '883',
  '884',
  '885',
  '886',
  '887',
  '888',
  '889',
];

/** The ways people and providers write one number. */
const WRITTEN_FORMS: readonly ((nsn: string) => string)[] = [
  (nsn) => `0${nsn}`,
  (nsn) => `+62${nsn}`,
  (nsn) => `62${nsn}`,
  (nsn) => `0${nsn.slice(0, 3)}-${nsn.slice(3, 7)}-${nsn.slice(7)}`,
  (nsn) => `+62 ${nsn.slice(0, 3)} ${nsn.slice(3, 7)} ${nsn.slice(7)}`,
  (nsn) => `62 ${nsn.slice(0, 3)}-${nsn.slice(3, 7)}-${nsn.slice(7)}`,
  (nsn) => `0${nsn.slice(0, 3)} ${nsn.slice(3)}`,
];

/** A valid Indonesian mobile number: its E.164 form and one way of writing it. */
export interface WrittenMobile {
  readonly e164: string;
  readonly written: string;
}

/**
 * A valid Indonesian mobile number (checked with libphonenumber through `normalizeSender` on its
 * E.164 form) written in any accepted form: `0812…`, `+62…`, `62…`, with spaces or dashes.
 */
export const indonesianMobileFormsArb: fc.Arbitrary<WrittenMobile> = fc
  .tuple(
    fc.constantFrom(...MOBILE_PREFIXES),
    fc.stringMatching(/^\d{6,9}$/),
    fc.integer({ min: 0, max: WRITTEN_FORMS.length - 1 }),
  )
  .map(([prefix, rest, form]) => ({ nsn: `${prefix}${rest}`, form }))
  .filter(({ nsn }) => normalizeSender(`+62${nsn}`, 'ID').isOk())
  .map(({ nsn, form }) => ({ e164: `+62${nsn}`, written: WRITTEN_FORMS[form]!(nsn) }));

/** A valid Indonesian mobile number in any accepted written form (see `indonesianMobileFormsArb`). */
export const indonesianMobileArb: fc.Arbitrary<string> = indonesianMobileFormsArb.map((m) => m.written);
