import { type OfficeConfig, sessionsOn } from '@antrean/core';

/** A session of the office's config on one date. */
export interface ConfiguredSession {
  readonly start: string;
  readonly end: string;
  readonly capacity: number;
}

/**
 * The sessions the office holds on `date` (none on a closed date), earliest first: the core's
 * `sessionsOn`, so the desk and the booking rules agree on open days. A session of capacity 0 is
 * listed with its 0 places: closed to bookings, still shown.
 */
export const sessionsOfDate = (office: OfficeConfig, date: string): readonly ConfiguredSession[] =>
  sessionsOn(office, date).map((session) => ({
    start: session.start,
    end: session.end,
    capacity: session.capacity,
  }));
