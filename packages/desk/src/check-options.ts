import { err, ok, type Result } from 'neverthrow';
import type { DeskConfigError, DeskOptions } from './desk-options';
import type { ProxyTrust } from './http/client-address';

/** The shortest secret accepted: 32 characters (a 256-bit key written out). */
export const MIN_SECRET_LENGTH = 32;

const refuse = (option: string, message: string): Result<never, DeskConfigError> =>
  err({ type: 'DeskConfigError', option, message: `${option} ${message}` });

const wholeAtLeast = (value: number | undefined, min: number): boolean =>
  value === undefined || (Number.isInteger(value) && value >= min);

const SERIES = /^[A-Z]{1,3}$/;

/**
 * Why `secret` cannot key the session cookies, or undefined when it can: too short, only
 * whitespace, or one character repeated (a placeholder, not a key), whatever its length.
 */
export function secretProblem(secret: unknown): string | undefined {
  if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH)
    return `must have at least ${MIN_SECRET_LENGTH} characters`;
  if (secret.trim() === '') return 'must not be only whitespace';
  if (new Set(secret).size === 1) return 'must not be one character repeated';
  return undefined;
}

/** The `trustProxy` option as the desk uses it: `true` is one proxy, unset none. */
export const proxyTrustOf = (trustProxy: DeskOptions['trustProxy']): ProxyTrust =>
  trustProxy === true ? { hops: 1 } : (trustProxy ?? false);

/** The first thing wrong with `options`, or nothing. */
export function checkOptions(options: DeskOptions): Result<void, DeskConfigError> {
  const secret = secretProblem(options.secret);
  if (secret !== undefined) return refuse('secret', secret);
  if (!Array.isArray(options.offices) || options.offices.length === 0)
    return refuse('offices', 'must list at least one office');
  const ids = new Set(options.offices.map((entry) => entry.office.id));
  if (ids.size < options.offices.length) return refuse('offices', 'lists one office twice');
  if (!Array.isArray(options.users)) return refuse('users', 'must be a list');
  const stranger = options.users.find((user) => !ids.has(user.office));
  if (stranger)
    return refuse('users', `name ${stranger.name} at office ${stranger.office}, which is not served`);
  if (!wholeAtLeast(options.walkInEvery, 1)) return refuse('walkInEvery', 'must be a whole number >= 1');
  if (!wholeAtLeast(options.eventPollMs, 10)) return refuse('eventPollMs', 'must be a whole number >= 10');
  if (!wholeAtLeast(options.signInAttempts, 1))
    return refuse('signInAttempts', 'must be a whole number >= 1');
  if (!wholeAtLeast(options.signInAttemptsPerClient, 1))
    return refuse('signInAttemptsPerClient', 'must be a whole number >= 1');
  if (!wholeAtLeast(options.signInWindowMs, 1000)) return refuse('signInWindowMs', 'must be at least 1000');
  const proxy = options.trustProxy;
  if (typeof proxy === 'object' && proxy !== null && !(Number.isInteger(proxy.hops) && proxy.hops >= 1))
    return refuse('trustProxy', 'hops must be a whole number >= 1');
  if (!wholeAtLeast(options.keepAliveMs, 10)) return refuse('keepAliveMs', 'must be a whole number >= 10');
  const streams = options.displayStreams;
  if (streams !== undefined && (typeof streams !== 'object' || streams === null))
    return refuse('displayStreams', 'must be { perClient, total }');
  if (!wholeAtLeast(streams?.perClient, 1))
    return refuse('displayStreams.perClient', 'must be a whole number >= 1');
  if (!wholeAtLeast(streams?.total, 1)) return refuse('displayStreams.total', 'must be a whole number >= 1');
  if (options.language !== undefined && options.language !== 'id' && options.language !== 'en')
    return refuse('language', 'must be id or en');
  if (options.walkInSeries !== undefined && !SERIES.test(options.walkInSeries))
    return refuse('walkInSeries', 'must be 1-3 capital letters');
  return ok(undefined);
}
