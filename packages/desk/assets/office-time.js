/**
 * The office's time zone, and instants read and written in it. Every date and time a page shows or
 * reads is the office's: an office PC or a waiting-room TV may be set to any zone (often UTC).
 */

// Until a page learns its office's zone it writes UTC, never the device's zone, so a page that
// forgot to ask is visibly wrong everywhere rather than right only on office-zone devices.
let officeZone = 'UTC';

/** Sets the office's IANA zone (from `api/session`, or `display/<office>/office` on the display). */
export function useOfficeZone(zone) {
  if (typeof zone === 'string' && zone !== '') officeZone = zone;
}

/** The office's IANA zone (`Asia/Jakarta`). */
export function officeTimeZone() {
  return officeZone;
}

const pad = (n) => String(n).padStart(2, '0');

/** The office's wall clock at `instant`: numeric year, month, day, hour, minute, second. */
function wallClock(instant) {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: officeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const parts = {};
  for (const part of format.formatToParts(instant)) parts[part.type] = Number(part.value);
  return parts;
}

/** How far the office's wall clock is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant) {
  const w = wallClock(instant);
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return wall - (instant.getTime() - (((instant.getTime() % 1000) + 1000) % 1000));
}

/** The office's date at `instant` as `YYYY-MM-DD`. */
export function officeDateOf(instant) {
  const w = wallClock(instant);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** `instant` as an `<input type="datetime-local">` value on the office's clock (`2026-12-08T06:30`). */
export function officeInputValue(instant) {
  const w = wallClock(instant);
  return `${officeDateOf(instant)}T${pad(w.hour)}:${pad(w.minute)}`;
}

/** The instant an office wall-clock value (`2026-12-08T06:30`) names; undefined when unreadable. */
export function instantOfOfficeInput(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(String(value ?? ''));
  if (!m) return undefined;
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  if (Number.isNaN(wall)) return undefined;
  // The offset at the wall time read as UTC is a guess; the offset at the guess is the zone's own
  // (they differ only within hours of a change of offset, which the second step settles).
  const guess = wall - offsetAt(new Date(wall));
  return new Date(wall - offsetAt(new Date(guess)));
}
