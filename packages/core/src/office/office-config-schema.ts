import { isSupportedCountry } from 'libphonenumber-js/max';
import { z } from 'zod';
import { isValidLocalDate } from '../time/calendar-date';
import { isValidLocalTime, minutesOfDay } from '../time/local-time';
import { isValidTimeZone } from '../time/time-zone';

/** The message for a missing field or one of the wrong JSON type; other issues keep their own. */
const typed =
  (expected: string) =>
  (issue: { code?: string; input?: unknown }): string | undefined => {
    if (issue.code !== 'invalid_type') return undefined;
    return issue.input === undefined ? 'is required' : `must be ${expected}`;
  };

const text = () => z.string({ error: typed('a string') });

const nonBlank = () => text().refine((value) => value.trim() !== '', 'must not be empty');

const wholeNumber = (min: number, max: number) =>
  z
    .number({ error: typed('a number') })
    .int({ error: 'must be a whole number' })
    .min(min, { error: `must be at least ${min}` })
    .max(max, { error: `must be at most ${max}` });

/**
 * A session's places: a whole number, 0 closing the session without removing it. A negative or
 * fractional capacity is refused by name, so no store has to guess what it means (round, clamp, skip).
 */
const capacity = () =>
  z
    .number({ error: typed('a number') })
    .int({ error: 'must be a whole number of places (0 closes the session)' })
    .min(0, { error: 'must not be negative (0 closes the session)' })
    .max(100_000, { error: 'must be at most 100000' });

const localTime = () => text().refine(isValidLocalTime, 'must be a time written HH:MM (00:00 to 23:59)');

const weekday = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], {
  error: 'must be one of mon, tue, wed, thu, fri, sat, sun',
});

const sessionSchema = z
  .strictObject({
    days: z.array(weekday, { error: typed('a list of weekdays') }).min(1, 'must name at least one weekday'),
    start: localTime(),
    end: localTime(),
    capacity: capacity(),
  })
  .refine((session) => minutesOfDay(session.start) < minutesOfDay(session.end), {
    error: 'must be later than start',
    path: ['end'],
  });

const documentItems = () => z.array(nonBlank().max(80, 'must be at most 80 characters')).min(1).max(5);
const documentList = () => z.strictObject({ id: documentItems(), en: documentItems() });

/** The office config's JSON shape; defaults fill the optional fields. Cross-session rules are checked after. */
export const officeConfigSchema = z.strictObject(
  {
    id: nonBlank(),
    name: nonBlank(),
    timeZone: text().refine(isValidTimeZone, 'must be an IANA time zone such as Asia/Jakarta'),
    bookingHorizonDays: wholeNumber(0, 366),
    arriveMinutesBefore: wholeNumber(0, 240),
    checkInOpensMinutesBefore: wholeNumber(0, 1440).default(120),
    sessions: z.array(sessionSchema, { error: typed('a list of sessions') }).min(1, 'must list a session'),
    closedDates: z
      .array(text().refine(isValidLocalDate, 'must be a real date written YYYY-MM-DD'), {
        error: typed('a list of dates'),
      })
      .default([]),
    country: text().refine(isSupportedCountry, 'must be a two-letter country code such as ID').default('ID'),
    numberBindingDays: wholeNumber(0, 3660).default(30),
    retentionDays: wholeNumber(0, 3660).default(30),
    language: z.enum(['id', 'en'], { error: 'must be id or en' }).default('id'),
    address: nonBlank().optional(),
    minimumLeadMinutes: wholeNumber(0, 1440).default(30),
    documents: z
      .strictObject({
        regular: documentList().optional(),
        new: documentList().optional(),
        replacement: documentList().optional(),
      })
      .optional(),
  },
  { error: typed('an object') },
);

/** The config as the schema returns it, before the overlap check. */
export type ParsedOfficeConfig = z.infer<typeof officeConfigSchema>;
