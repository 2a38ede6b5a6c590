import { formatInTimeZone, fromZonedTime } from 'date-fns-tz';
import type { LocalDate, LocalTime } from '../domain/local-date';

/** The office-local calendar date of an instant: 23:30 WIB on 1 December is still 1 December. */
export const localDateOf = (instant: Date, timeZone: string): LocalDate =>
  formatInTimeZone(instant, timeZone, 'yyyy-MM-dd');

/** The office-local wall-clock time of an instant, `HH:MM`. */
export const formatLocalTime = (instant: Date, timeZone: string): LocalTime =>
  formatInTimeZone(instant, timeZone, 'HH:mm');

/** The UTC instant of a local date and time in a zone. */
export const zonedInstant = (date: LocalDate, time: LocalTime, timeZone: string): Date =>
  // A string input is read in `timeZone` itself, so the machine's zone never takes part.
  fromZonedTime(`${date}T${time}:00`, timeZone);

/** An instant as ISO-8601 with the zone's offset, `2026-12-01T08:00:00+07:00`: what outcomes carry. */
export const formatOffsetIso = (instant: Date, timeZone: string): string =>
  formatInTimeZone(instant, timeZone, "yyyy-MM-dd'T'HH:mm:ssxxx");
