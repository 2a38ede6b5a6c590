import { parseOfficeConfig, parseOfficeConfigJson } from '@antrean/core';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, example, issuesOf, pathsOf, withSession } from './office-config-fixture';

describe('parseOfficeConfig: lead time, documents, junk and overlaps', () => {
  it('fills in a minimum lead of 30 minutes and no documents by default', () => {
    const office = parseOfficeConfigJson(EXAMPLE)._unsafeUnwrap();
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
});
