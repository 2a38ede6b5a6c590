import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { fail } from './answers';
import type { DeskEnv } from './desk-env';
import type { SessionCookies } from './session-cookie';

/** What the guard needs. */
export interface GuardOptions {
  readonly sessions: SessionCookies;
  readonly allowedOrigins: readonly string[];
  readonly now: () => number;
  /** A store that could not say whether the session was revoked: reported, answered 503. */
  readonly storeFailed: (message: string) => void;
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A browser's cross-site request is refused: its `Origin` must name this host (or an allowed
 * origin) and `Sec-Fetch-Site`, when sent, must not be `cross-site`. Clients that are not browsers
 * send neither; they still need the session's token.
 */
const sameOrigin = (request: Request, allowed: readonly string[]): boolean => {
  if (request.headers.get('sec-fetch-site') === 'cross-site') return false;
  const origin = request.headers.get('origin');
  if (origin === null) return true;
  if (allowed.includes(origin)) return true;
  try {
    const host = request.headers.get('host') ?? new URL(request.url).host;
    return new URL(origin).host === host;
  } catch {
    return false; // `Origin: null` (a sandboxed frame, a file) or junk
  }
};

/** A body that is not JSON could come from a plain HTML form, which any site can submit. */
const jsonOrEmpty = (request: Request): boolean => {
  const type = request.headers.get('content-type');
  if (type === null) return request.headers.get('content-length') === '0' || request.body === null;
  return /^application\/json\s*(;|$)/i.test(type);
};

const tokenMatches = (given: string | undefined, expected: string): boolean => {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/**
 * The API's gate: a valid session on every route but `api/login` (401), then for writes the
 * Origin check, a JSON body and the `x-csrf-token` header equal to the session's token (403).
 */
export function requestGuard(options: GuardOptions): MiddlewareHandler<DeskEnv> {
  return async (c, next) => {
    const isLogin = c.req.path.endsWith('/api/login');
    const write = !SAFE.has(c.req.method);
    if (!isLogin) {
      const read = await options.sessions.read(c, options.now());
      if (read.isErr()) {
        options.storeFailed(`${read.error.type}: ${read.error.message}`);
        return fail(c, 503, 'StoreUnavailable');
      }
      const session = read.value;
      if (!session) return fail(c, 401, 'Unauthenticated');
      c.set('session', session);
      if (write && !tokenMatches(c.req.header('x-csrf-token'), session.csrfToken))
        return fail(c, 403, 'CsrfRejected');
    }
    if (write && !(sameOrigin(c.req.raw, options.allowedOrigins) && jsonOrEmpty(c.req.raw)))
      return fail(c, 403, 'CsrfRejected');
    await next();
  };
}
