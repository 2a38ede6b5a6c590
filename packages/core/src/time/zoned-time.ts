import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';
import type { LocalDate, LocalTime } from '../domain/local-date';
import { dayNumberOf } from './calendar-date';
import { minutesOfDay } from './local-time';
import { zoneOffsetMs } from './zone-offset';

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;
/** `00`..`99`, so formatting a field is one array read. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));

/**
 * The zone's wall clock at `instant` as a UTC Date, or undefined where the fast path would not
 * match date-fns-tz exactly (offsets with seconds, years outside 1000..9999, invalid input): those
 * rare cases go to date-fns-tz itself.
 */
const wallClockOf = (instant: Date, timeZone: string): { wall: Date; offset: number } | undefined => {
  const at = instant.getTime();
  const offset = zoneOffsetMs(timeZone, at);
  if (!Number.isFinite(offset) || offset % MS_PER_MINUTE !== 0) return undefined;
  const wall = new Date(at + offset);
  const year = wall.getUTCFullYear();
  return year >= 1000 && year <= 9999 ? { wall, offset } : undefined;
};

const dateText = (wall: Date): LocalDate =>
  `${wall.getUTCFullYear()}-${TWO_DIGITS[wall.getUTCMonth() + 1]}-${TWO_DIGITS[wall.getUTCDate()]}`;

const timeText = (wall: Date): LocalTime =>
  `${TWO_DIGITS[wall.getUTCHours()]}:${TWO_DIGITS[wall.getUTCMinutes()]}`;

/** The office-local calendar date of an instant: 23:30 WIB on 1 December is still 1 December. */
export const localDateOf = (instant: Date, timeZone: string): LocalDate => {
  const clock = wallClockOf(instant, timeZone);
  return clock ? dateText(clock.wall) : formatInTimeZone(instant, timeZone, 'yyyy-MM-dd');
};

/** The office-local wall-clock time of an instant, `HH:MM`. */
export const formatLocalTime = (instant: Date, timeZone: string): LocalTime => {
  const clock = wallClockOf(instant, timeZone);
  return clock ? timeText(clock.wall) : formatInTimeZone(instant, timeZone, 'HH:mm');
};

/**
 * The UTC instant of a local date and time in a zone. A time the clocks skip or repeat resolves as
 * date-fns-tz's `fromZonedTime` does: guess with the offset at the wall time read as UTC, correct
 * once, and in a gap take the larger offset.
 */
export const zonedInstant = (date: LocalDate, time: LocalTime, timeZone: string): Date => {
  const day = dayNumberOf(date);
  const minutes = minutesOfDay(time);
  const wall = (day ?? Number.NaN) * MS_PER_DAY + minutes * MS_PER_MINUTE;
  const guessed = date < '1000' ? Number.NaN : zoneOffsetMs(timeZone, wall);
  if (!Number.isFinite(guessed)) {
    // A string input is read in `timeZone` itself, so the machine's zone never takes part.
    return fromZonedTime(`${date}T${time}:00`, timeZone);
  }
  const second = zoneOffsetMs(timeZone, wall - guessed);
  if (second === guessed) return new Date(wall - guessed);
  const third = zoneOffsetMs(timeZone, wall - guessed - (second - guessed));
  return new Date(wall - (third === second ? second : Math.max(second, third)));
};

const offsetText = (offset: number): string => {
  const minutes = Math.abs(offset) / MS_PER_MINUTE;
  const sign = offset < 0 ? '-' : '+';
  return `${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${TWO_DIGITS[minutes % 60]}`;
};

/** An instant as ISO-8601 with the zone's offset, `2026-12-01T08:00:00+07:00`: what outcomes carry. */
export const formatOffsetIso = (instant: Date, timeZone: string): string => {
  const clock = wallClockOf(instant, timeZone);
  if (!clock) return formatInTimeZone(instant, timeZone, "yyyy-MM-dd'T'HH:mm:ssxxx");
  const { wall, offset } = clock;
  return `${dateText(wall)}T${timeText(wall)}:${TWO_DIGITS[wall.getUTCSeconds()]}${offsetText(offset)}`;
};
