/** The time module's names used elsewhere in the core or by the root entry; the rest stays inside. */
export { addDays, daysBetween, isValidLocalDate, weekdayOf } from './calendar-date';
export { zoneAbbreviation } from './time-zone';
export { formatLocalTime, formatOffsetIso, localDateOf, zonedInstant } from './zoned-time';
