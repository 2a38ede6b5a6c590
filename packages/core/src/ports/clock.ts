/** The source of "now", passed in so the core never reads the system clock. */
export interface Clock {
  /** The current instant. */
  now(): Date;
}

/** A clock that reads the system time. */
export const systemClock: Clock = { now: () => new Date() };
