/** Dates and times as officers read them: in the office's zone, written the page language's way. */
import { currentLang, t } from './i18n.js';
import { officeTimeZone } from './office-time.js';

const locale = () => (currentLang() === 'en' ? 'en-GB' : 'id-ID');

/** A formatter on the office's clock, 24-hour (`id-ID` writes `08.00`, `en-GB` `08:00`). */
const onOfficeClock = (options) =>
  new Intl.DateTimeFormat(locale(), { ...options, hourCycle: 'h23', timeZone: officeTimeZone() });

/** `iso` as a Date, or undefined when it names no instant. */
const instantOf = (iso) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

/** `2026-12-04` → `4 Desember 2026` (a calendar date, no time zone involved). */
export function formatDate(localDate) {
  const [year, month, day] = String(localDate).split('-').map(Number);
  if (!year || !month || !day) return String(localDate ?? '');
  const date = new Date(Date.UTC(year, month - 1, day));
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** An instant's time of day on the office's clock (`08.30` / `08:30`). */
export function formatTime(iso) {
  const date = instantOf(iso);
  if (!date) return String(iso ?? '');
  return onOfficeClock({ hour: '2-digit', minute: '2-digit' }).format(date);
}

/** An office wall-clock time (`08:00`, as the API gives a session's hours) the page language's way. */
export function formatWallTime(hhmm) {
  const text = String(hhmm ?? '');
  return currentLang() === 'en' ? text : text.replace(':', '.');
}

/** A session's hours (`08.00–10.00`); a session since removed from the office's config has no end. */
export function formatSessionHours(session) {
  return `${formatWallTime(session.start)}${session.end ? `–${formatWallTime(session.end)}` : ''}`;
}

/** An instant's time of day to the second on the office's clock (`21.40.31` / `21:40:31`). */
export function formatTimeWithSeconds(iso) {
  const date = instantOf(iso);
  if (!date) return String(iso ?? '');
  return onOfficeClock({ hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(date);
}

/** An instant as the office's date and time (`8 Des 2026, 06.40.31`). */
export function formatDateTime(iso) {
  const date = instantOf(iso);
  if (!date) return String(iso ?? '');
  return onOfficeClock({ dateStyle: 'medium', timeStyle: 'medium' }).format(date);
}

/** An instant as the waiting-room clock shows it: the office's weekday, date and time. */
export function formatClock(instant) {
  const day = onOfficeClock({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  return `${day.format(instant)} · ${formatTime(instant)}`;
}

/** An application type (`new`) in words. */
export function applicationTypeText(type) {
  const key = `type.${type}`;
  const text = t(key);
  return text === key ? String(type) : text;
}

/** A booking or ticket state (`checked_in`, `waiting`) in words. */
export function stateText(state) {
  const key = `state.${state}`;
  const text = t(key);
  return text === key ? String(state) : text;
}
