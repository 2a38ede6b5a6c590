import { parseOfficeConfig, parseOfficeConfigJson } from '@antrean/core';
import { officeConfigArb } from '@antrean/testkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, example, issuesOf, pathsOf, withSession } from './office-config-fixture';

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
    ['sessions[1].days', { days: [] }],
    ['sessions[1].days[2]', { days: ['mon', 'tue', 'monday'] }],
    ['sessions[1].days', { days: 'mon' }],
    ['sessions[1].extra', { extra: true }],
  ])('names %s in a session (%j)', (path, change) => {
    expect(pathsOf(withSession(1, change))).toContain(path);
  });

  it.each([
    [-1, 'must not be negative (0 closes the session)'],
    [2.5, 'must be a whole number of places (0 closes the session)'],
    [100_001, 'must be at most 100000'],
    ['40', 'must be a number'],
  ])('refuses a capacity of %j, naming the field', (capacity, message) => {
    expect(issuesOf(withSession(1, { capacity }))).toEqual([{ path: 'sessions[1].capacity', message }]);
  });

  it('accepts a capacity of 0: the session is kept, closed to bookings', () => {
    const office = parseOfficeConfig(withSession(1, { capacity: 0 }))._unsafeUnwrap();
    expect(office.sessions.map((session) => session.capacity)).toEqual([40, 0]);
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
