import type { LocalDate } from '../domain/local-date';
import type { OfficeConfig } from '../office/office-config';

/** One session of a day as plain numbers and strings: what is remembered between messages. */
export interface PlannedSession {
  readonly slotId: string;
  readonly start: string;
  readonly end: string;
  readonly startsAtMs: number;
  readonly checkInDeadlineMs: number;
  readonly capacity: number;
}

/** About a year and a half of dates per office; a full table is dropped and refilled, so memory stays flat. */
const MAX_DATES_PER_OFFICE = 512;

/** Keyed by the config object itself: a reloaded config is a new object and starts afresh. */
const plansByOffice = new WeakMap<OfficeConfig, Map<LocalDate, readonly PlannedSession[]>>();

/**
 * The office's sessions on `date`, computed by `plan` the first time and remembered after. Office
 * configs are readonly values (never changed in place), so a remembered day is always right.
 */
export const plannedDay = (
  office: OfficeConfig,
  date: LocalDate,
  plan: () => readonly PlannedSession[],
): readonly PlannedSession[] => {
  let days = plansByOffice.get(office);
  if (days === undefined) {
    days = new Map();
    plansByOffice.set(office, days);
  }
  let sessions = days.get(date);
  if (sessions === undefined) {
    sessions = Object.freeze(plan());
    if (days.size >= MAX_DATES_PER_OFFICE) days.clear();
    days.set(date, sessions);
  }
  return sessions;
};
