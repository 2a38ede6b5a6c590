import type { Clock } from '../ports/clock';

/** A clock stopped at one instant: for demonstrations and tests, never for a running service. */
export const fixedClock = (instant: Date): Clock => ({ now: () => new Date(instant.getTime()) });
