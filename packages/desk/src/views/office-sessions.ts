import type { OfficeConfig, Weekday } from '@antrean/core';

const WEEKDAYS: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** A session of the office's config on one date. */
export interface ConfiguredSession {
  readonly start: string;
  readonly end: string;
  readonly capacity: number;
}

/** The sessions the office's config holds on `date` (none on a closed date), in config order. */
export const sessionsOfDate = (office: OfficeConfig, date: string): readonly ConfiguredSession[] => {
  if (office.closedDates.includes(date)) return [];
  const weekday = WEEKDAYS[new Date(`${date}T12:00:00Z`).getUTCDay()];
  return office.sessions
    .filter((session) => weekday !== undefined && session.days.includes(weekday))
    .map((session) => ({ start: session.start, end: session.end, capacity: session.capacity }));
};
