/**
 * A zone's UTC offset at an instant, without asking Intl on every call: the offset is looked up
 * once per zone and UTC hour and remembered. Results are exactly what Intl gives (the cache only
 * skips repeat work), so callers stay pure in effect.
 */

const MS_PER_HOUR = 3_600_000;
/** About 170 days of hours per zone; a full table is dropped and refilled, so memory stays flat. */
const MAX_HOURS_PER_ZONE = 4_096;
/** Offices use a handful of zones; the cap only guards against callers cycling through many. */
const MAX_ZONES = 64;
/** Marks an hour in which the offset changes: such an hour is answered per instant. */
const CHANGES_WITHIN_HOUR = null;

const formatters = new Map<string, Intl.DateTimeFormat>();
const hoursByZone = new Map<string, Map<number, number | null>>();

const formatterOf = (timeZone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    if (formatters.size >= MAX_ZONES) formatters.clear();
    formatter = new Intl.DateTimeFormat('en-US', {
      hourCycle: 'h23',
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
};

/**
 * The offset straight from Intl: the zone's wall clock read as UTC minus the instant (both to the
 * whole second, as Intl shows no milliseconds). NaN for a zone or instant Intl cannot show.
 */
export const uncachedOffsetMs = (timeZone: string, epochMs: number): number => {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = formatterOf(timeZone).formatToParts(epochMs);
  } catch {
    return Number.NaN;
  }
  const field = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of parts) {
    if (part.type in field) field[part.type as keyof typeof field] = Number.parseInt(part.value, 10);
  }
  const wall = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0..99 as they are.
  wall.setUTCFullYear(field.year, field.month - 1, field.day);
  wall.setUTCHours(field.hour % 24, field.minute, field.second, 0);
  const wholeSecond = epochMs - (((epochMs % 1000) + 1000) % 1000);
  return wall.getTime() - wholeSecond;
};

const hoursOf = (timeZone: string): Map<number, number | null> => {
  let hours = hoursByZone.get(timeZone);
  if (hours === undefined) {
    if (hoursByZone.size >= MAX_ZONES) hoursByZone.clear();
    hours = new Map();
    hoursByZone.set(timeZone, hours);
  }
  return hours;
};

/**
 * Milliseconds to add to an instant to get the zone's wall clock (`+07:00` is 25,200,000). An hour
 * whose first and last millisecond share an offset is taken to keep it throughout (no zone changes
 * twice and back within one hour); an hour with a transition in it is computed per instant.
 */
export const zoneOffsetMs = (timeZone: string, epochMs: number): number => {
  if (!Number.isFinite(epochMs)) return uncachedOffsetMs(timeZone, epochMs);
  const hour = Math.floor(epochMs / MS_PER_HOUR);
  const hours = hoursOf(timeZone);
  let offset = hours.get(hour);
  if (offset === undefined) {
    const first = uncachedOffsetMs(timeZone, hour * MS_PER_HOUR);
    const last = uncachedOffsetMs(timeZone, hour * MS_PER_HOUR + MS_PER_HOUR - 1);
    offset = first === last ? first : CHANGES_WITHIN_HOUR;
    if (hours.size >= MAX_HOURS_PER_ZONE) hours.clear();
    hours.set(hour, offset);
  }
  return offset ?? uncachedOffsetMs(timeZone, epochMs);
};

/** How many hours the cache holds for `timeZone`: lets tests check that it stays bounded. */
export const cachedHourCount = (timeZone: string): number => hoursByZone.get(timeZone)?.size ?? 0;
