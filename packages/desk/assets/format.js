/** Dates and times as officers read them, in the page's language. */
import { currentLang, t } from './i18n.js';

const locale = () => (currentLang() === 'en' ? 'en-GB' : 'id-ID');

/** `2026-12-04` → `4 Desember 2026` (a calendar date, no time zone involved). */
export function formatDate(localDate) {
  const [year, month, day] = String(localDate).split('-').map(Number);
  if (!year || !month || !day) return String(localDate ?? '');
  const date = new Date(Date.UTC(year, month - 1, day));
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** An ISO instant's time of day on this device (`08.30` / `08:30`). */
export function formatTime(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso ?? '');
  return new Intl.DateTimeFormat(locale(), { hour: '2-digit', minute: '2-digit' }).format(date);
}

/** An ISO instant as date and time. */
export function formatDateTime(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso ?? '');
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
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

/** Today on this device as `YYYY-MM-DD`. */
export function todayLocal() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
