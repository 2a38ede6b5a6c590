import { type OfficeConfigError, parseOfficeConfig, parseOfficeConfigJson } from '@antrean/core';
import { officeConfigArb } from '@antrean/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const EXAMPLE = `{ "id": "kanim-jakpus", "name": "Kantor Imigrasi Kelas I Jakarta Pusat",
  "timeZone": "Asia/Jakarta", "bookingHorizonDays": 30, "arriveMinutesBefore": 30,
  "sessions": [
    { "days": ["mon","tue","wed","thu","fri"], "start": "08:00", "end": "10:00", "capacity": 40 },
    { "days": ["mon","tue","wed","thu","fri"], "start": "10:00", "end": "12:00", "capacity": 40 } ],
  "closedDates": ["2026-12-25"] }`;

const example = (): Record<string, unknown> => JSON.parse(EXAMPLE);

/** The issues of a refused config; fails the test when the config was accepted. */
const issuesOf = (input: unknown): OfficeConfigError['issues'] => {
  const result = parseOfficeConfig(input);
  if (result.isOk()) throw new Error('expected the config to be refused');
  expect(result.error.type).toBe('InvalidOfficeConfig');
  return result.error.issues;
};

const pathsOf = (input: unknown): string[] => issuesOf(input).map((issue) => issue.path);

const withSession = (index: number, change: Record<string, unknown>): Record<string, unknown> => {
  const config = example();
  const sessions = config.sessions as Record<string, unknown>[];
  sessions[index] = { ...sessions[index], ...change };
  return config;
};

describe('parseOfficeConfig', () => {
  it("accepts the issue's example and fills in the defaults", () => {
    const office = parseOfficeConfigJson(EXAMPLE)._unsafeUnwrap();
    expect(office).toMatchObject({
      id: 'kanim-jakpus',
      timeZone: 'Asia/Jakarta',
      closedDates: ['2026-12-25'],
    });
    expect(office.sessions).toHaveLength(2);
    expect(office.country).toBe('ID');
    expect(office.numberBindingDays).toBe(30);
    expect(office.retentionDays).toBe(30);
    expect(office.language).toBe('id');
    expect('address' in office).toBe(false);
    expect(office.minimumLeadMinutes).toBe(30);
    expect('documents' in office).toBe(false);
  });

  it('keeps a minimum lead and documents per application type when given, and checks them', () => {
    const documents = { new: { id: ['KTP asli'], en: ['ID card'] } };
    const office = parseOfficeConfig({ ...example(), minimumLeadMinutes: 0, documents })._unsafeUnwrap();
    expect(office).toMatchObject({ minimumLeadMinutes: 0, documents });
    expect(pathsOf({ ...example(), minimumLeadMinutes: -1 })).toContain('minimumLeadMinutes');
    expect(pathsOf({ ...example(), documents: { new: { id: [], en: ['x'] } } })).toContain(
      'documents.new.id',
    );
    expect(pathsOf({ ...example(), documents: { new: { id: [' '], en: ['x'] } } })).toContain(
      'documents.new.id[0]',
    );
    expect(pathsOf({ ...example(), documents: { lost: { id: ['x'], en: ['x'] } } })).toContain(
      'documents.lost',
    );
  });

  it('refuses a closed date or a session time with anything after it', () => {
    expect(pathsOf({ ...example(), closedDates: ['2026-12-25x'] })).toEqual(['closedDates[0]']);
    expect(pathsOf({ ...example(), closedDates: ['x2026-12-25'] })).toEqual(['closedDates[0]']);
    expect(pathsOf(withSession(1, { start: '10:00x' }))).toContain('sessions[1].start');
    expect(pathsOf(withSession(0, { end: 'x10:00' }))).toContain('sessions[0].end');
    expect(pathsOf(withSession(0, { start: '08:00x' }))).toContain('sessions[0].start');
  });

  it('checks overlaps whatever the order sessions are listed in', () => {
    const sessions = (...times: [string, string][]) => ({
      ...example(),
      sessions: times.map(([start, end]) => ({ days: ['mon'], start, end, capacity: 1 })),
    });
    expect(parseOfficeConfig(sessions(['10:00', '12:00'], ['08:00', '10:00'])).isOk()).toBe(true);
    expect(
      parseOfficeConfig(sessions(['13:00', '14:00'], ['10:00', '12:00'], ['08:00', '10:00'])).isOk(),
    ).toBe(true);
    expect(issuesOf(sessions(['10:00', '12:00'], ['09:30', '10:30']))).toEqual([
      { path: 'sessions[1]', message: 'overlaps sessions[0] on mon' },
    ]);
    expect(issuesOf(sessions(['10:00', '12:00'], ['08:00', '13:00']))).toEqual([
      { path: 'sessions[1]', message: 'overlaps sessions[0] on mon' },
    ]);
    expect(issuesOf(sessions(['08:00', '12:00'], ['09:00', '10:00']))).toEqual([
      { path: 'sessions[1]', message: 'overlaps sessions[0] on mon' },
    ]);
  });

  it('keeps optional fields that are given', () => {
    const given = {
      country: 'MY',
      numberBindingDays: 7,
      retentionDays: 90,
      language: 'en',
      address: 'Jl. X',
    };
    expect(parseOfficeConfig({ ...example(), ...given })._unsafeUnwrap()).toMatchObject(given);
  });

  it('accepts sessions that touch, and overlapping times on different weekdays', () => {
    const config = withSession(1, { days: ['sat'], start: '09:00', end: '11:00' });
    expect(parseOfficeConfig(config).isOk()).toBe(true);
  });

  it.each([
    ['id', { id: '' }, 'must not be empty'],
    ['id', { id: '   ' }, 'must not be empty'],
    ['name', { name: undefined }, 'is required'],
    ['name', { name: 42 }, 'must be a string'],
    ['timeZone', { timeZone: 'Asia/Jakartaa' }, 'IANA'],
    ['timeZone', { timeZone: 'WIB' }, 'IANA'],
    ['bookingHorizonDays', { bookingHorizonDays: 367 }, 'at most 366'],
    ['bookingHorizonDays', { bookingHorizonDays: -1 }, 'at least 0'],
    ['bookingHorizonDays', { bookingHorizonDays: 1.5 }, 'whole number'],
    ['bookingHorizonDays', { bookingHorizonDays: '30' }, 'must be a number'],
    ['arriveMinutesBefore', { arriveMinutesBefore: 241 }, 'at most 240'],
    ['sessions', { sessions: [] }, 'must list a session'],
    ['closedDates[1]', { closedDates: ['2026-12-25', '2026-02-30'] }, 'YYYY-MM-DD'],
    ['closedDates[0]', { closedDates: ['25-12-2026'] }, 'YYYY-MM-DD'],
    ['country', { country: 'XX' }, 'country code'],
    ['numberBindingDays', { numberBindingDays: -3 }, 'at least 0'],
    ['retentionDays', { retentionDays: 'forever' }, 'must be a number'],
    ['language', { language: 'fr' }, 'id or en'],
    ['bookingHorizon', { bookingHorizon: 30 }, 'not a known field'],
  ])('names %s when it is wrong (%j)', (path, change, message) => {
    const issues = issuesOf({ ...example(), ...change });
    expect(issues).toContainEqual({ path, message: expect.stringContaining(message) });
  });

  it.each([
    ['sessions[1].start', { start: '8:00' }],
    ['sessions[1].start', { start: '24:00' }],
    ['sessions[1].end', { end: '09:00' }],
    ['sessions[1].end', { end: '10:00' }],
    ['sessions[1].capacity', { capacity: 0 }],
    ['sessions[1].capacity', { capacity: 2.5 }],
    ['sessions[1].days', { days: [] }],
    ['sessions[1].days[2]', { days: ['mon', 'tue', 'monday'] }],
    ['sessions[1].days', { days: 'mon' }],
    ['sessions[1].extra', { extra: true }],
  ])('names %s in a session (%j)', (path, change) => {
    expect(pathsOf(withSession(1, change))).toContain(path);
  });

  it('refuses sessions that overlap on a shared weekday, naming both', () => {
    const issues = issuesOf(withSession(1, { days: ['fri', 'sat'], start: '09:30', end: '11:00' }));
    expect(issues).toEqual([{ path: 'sessions[1]', message: 'overlaps sessions[0] on fri' }]);
  });

  it('reports every problem at once', () => {
    expect(pathsOf({ ...example(), id: '', bookingHorizonDays: 400 })).toEqual(['id', 'bookingHorizonDays']);
  });

  it.each([42, null, [], 'office', true])('refuses %j at the root', (input) => {
    expect(pathsOf(input)).toEqual(['(root)']);
  });

  it('names every missing required field of an empty object', () => {
    expect(pathsOf({})).toEqual(
      expect.arrayContaining([
        'id',
        'name',
        'timeZone',
        'bookingHorizonDays',
        'arriveMinutesBefore',
        'sessions',
      ]),
    );
  });

  it('never throws on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseOfficeConfig(value);
        if (result.isErr()) expect(result.error.issues.length).toBeGreaterThan(0);
      }),
    );
  });

  it('never throws on examples with one field replaced by any JSON value', () => {
    const keys = Object.keys(example());
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
        parseOfficeConfig({ ...example(), [key]: value });
      }),
    );
  });

  it('accepts every config from officeConfigArb unchanged, after a JSON round trip', () => {
    fc.assert(
      fc.property(officeConfigArb, (office) => {
        expect(parseOfficeConfigJson(JSON.stringify(office))._unsafeUnwrap()).toEqual(office);
      }),
    );
  });
});

describe('parseOfficeConfigJson', () => {
  it('reports text that is not JSON at (json)', () => {
    const result = parseOfficeConfigJson('{ "id": ');
    expect(result.isErr()).toBe(true);
    expect(result._unsafeUnwrapErr().issues.map((issue) => issue.path)).toEqual(['(json)']);
  });

  it('passes JSON through to the same validation', () => {
    expect(
      parseOfficeConfigJson('{}')
        ._unsafeUnwrapErr()
        .issues.map((i) => i.path),
    ).toContain('sessions');
  });
});
