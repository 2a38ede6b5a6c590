import { describe, expect, it } from 'vitest';
import { isValidTimeZone, zoneAbbreviation } from '../../src/time/time-zone';

describe('isValidTimeZone', () => {
  it('accepts IANA zone names', () => {
    for (const zone of ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'UTC', 'America/New_York']) {
      expect(isValidTimeZone(zone)).toBe(true);
    }
  });

  it('refuses unknown names, offsets and abbreviations', () => {
    for (const zone of ['Asia/Jakartaa', 'Mars/Olympus', '+07:00', 'WIB ', '', 'asia jakarta']) {
      expect(isValidTimeZone(zone)).toBe(false);
    }
  });
});

describe('zoneAbbreviation', () => {
  it('names the three Indonesian zones as applicants know them', () => {
    expect(zoneAbbreviation('Asia/Jakarta')).toBe('WIB');
    expect(zoneAbbreviation('Asia/Pontianak')).toBe('WIB');
    expect(zoneAbbreviation('Asia/Makassar')).toBe('WITA');
    expect(zoneAbbreviation('Asia/Jayapura')).toBe('WIT');
  });

  it('gives other zones as their UTC offset', () => {
    expect(zoneAbbreviation('Asia/Bangkok')).toBe('UTC+7');
    expect(zoneAbbreviation('Asia/Kolkata')).toBe('UTC+5:30');
    expect(zoneAbbreviation('UTC')).toBe('UTC');
    expect(zoneAbbreviation('America/New_York', new Date('2026-07-01T00:00:00Z'))).toBe('UTC-4');
    expect(zoneAbbreviation('America/New_York', new Date('2026-01-01T00:00:00Z'))).toBe('UTC-5');
  });
});
