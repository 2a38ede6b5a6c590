import { getTimezoneOffset } from 'date-fns-tz';

/** Indonesia's three zone names; Pontianak keeps western time like Jakarta. */
const INDONESIAN_ZONES: Readonly<Record<string, string>> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Ujung_Pandang': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** Offsets in `+07:00` form are accepted by Intl on newer Node versions; configs must name a zone. */
const ZONE_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

/** True when `tz` is an IANA zone name this runtime knows (`Asia/Jakarta`, `UTC`). */
export const isValidTimeZone = (tz: string): boolean => {
  if (!ZONE_NAME_PATTERN.test(tz)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

/** A fixed reference instant, so the abbreviation never depends on when the code runs. */
const REFERENCE_INSTANT = new Date(Date.UTC(2026, 0, 1));

/**
 * The name applicants know a zone by: `WIB`, `WITA` or `WIT` for Indonesia's zones, otherwise the
 * UTC offset at `at` (default 1 January 2026), e.g. `UTC+7` or `UTC+5:30`.
 */
export const zoneAbbreviation = (timeZone: string, at: Date = REFERENCE_INSTANT): string => {
  const known = INDONESIAN_ZONES[timeZone];
  if (known) return known;
  const offsetMinutes = Math.round(getTimezoneOffset(timeZone, at) / 60_000);
  if (Number.isNaN(offsetMinutes)) return timeZone;
  if (offsetMinutes === 0) return 'UTC';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const hours = Math.floor(Math.abs(offsetMinutes) / 60);
  const minutes = Math.abs(offsetMinutes) % 60;
  return `UTC${sign}${hours}${minutes === 0 ? '' : `:${String(minutes).padStart(2, '0')}`}`;
};
