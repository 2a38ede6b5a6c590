/**
 * The lapse threshold at `now`: an active booking with check-in deadline >= this instant is still
 * valid. It is `now` itself, because a code admits its holder through the deadline instant. Stores
 * compare `check_in_deadline >= activeFrom(now)` instead of writing the boundary again.
 */
export const activeFrom = (now: Date): Date => new Date(now.getTime());

/** True when a check-in deadline has not lapsed at the threshold `from` (see `activeFrom`). */
export const deadlineHolds = (checkInDeadline: Date, from: Date): boolean =>
  checkInDeadline.getTime() >= from.getTime();
