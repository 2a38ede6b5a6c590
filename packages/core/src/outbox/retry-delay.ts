/** Exponential backoff settings, resolved. */
export interface RetryDelaySettings {
  readonly baseMs: number;
  readonly maxMs: number;
}

/**
 * The wait before retrying a send that has failed `earlierFailures` times before this failure,
 * with full jitter: uniform in [0, min(maxMs, baseMs * 2^earlierFailures)). Full jitter spreads
 * replies that failed together (a 130429 burst) instead of sending them back in step. `random`
 * (meant to be in [0, 1)) is clamped into that range, and anything not a number counts as 0.
 */
export function retryDelay(earlierFailures: number, random: number, settings: RetryDelaySettings): number {
  const ceiling = Math.min(settings.maxMs, settings.baseMs * 2 ** Math.max(0, earlierFailures));
  const unit = Number.isFinite(random) ? Math.min(Math.max(random, 0), 1 - Number.EPSILON) : 0;
  return Math.floor(unit * ceiling);
}
