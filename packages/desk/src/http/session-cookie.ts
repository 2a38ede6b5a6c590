import { createHash, randomBytes } from 'node:crypto';
import type { SessionRevocations, StoreError } from '@antrean/core';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import { ok, okAsync, type Result, type ResultAsync } from 'neverthrow';
import type { DeskUser } from '../users/desk-user';
import type { DeskContext, DeskSession } from './desk-env';

/** The session cookie's name. */
export const SESSION_COOKIE = 'antrean_desk';

/** How long a sign-in lasts: one working day and a half. */
export const SESSION_HOURS = 12;

/**
 * What the signed cookie holds: session id, user name, CSRF token, expiry and issue time (ms), and
 * the fingerprint of the user's password hash when it was issued.
 */
interface CookieBody {
  readonly s: string;
  readonly u: string;
  readonly t: string;
  readonly x: number;
  readonly i: number;
  readonly h: string;
}

/**
 * A short digest of the password hash: a password changed in the users file voids every cookie
 * issued before, at each process as it starts with the new file, with no store call.
 */
export const hashFingerprint = (passwordHash: string): string =>
  createHash('sha256').update(passwordHash).digest('base64url').slice(0, 16);

/** A cookie's fields, or undefined when it is not one this desk issues. */
const parseBody = (value: string): CookieBody | undefined => {
  try {
    const body = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<CookieBody>;
    const typed =
      typeof body.s === 'string' &&
      typeof body.u === 'string' &&
      typeof body.t === 'string' &&
      typeof body.x === 'number' &&
      typeof body.i === 'number' &&
      typeof body.h === 'string';
    return typed ? (body as CookieBody) : undefined;
  } catch {
    return undefined;
  }
};

const token = (): string => randomBytes(24).toString('base64url');

/** True when the request came over https (directly, or as a proxy reports it). */
const isHttps = (c: DeskContext): boolean =>
  new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';

const cookiePath = (base: string): string => (base === '/' ? '/' : base.replace(/\/$/, ''));

/** Where revocations are kept: the store of the user's office. */
export type RevocationsOf = (user: DeskUser) => SessionRevocations;

/** The session store's parts: reads, issues and voids the signed cookie against the users list. */
export interface SessionCookies {
  /** The cookie's session, undefined when there is none valid, or the store's failure to say. */
  read(c: DeskContext, now: number): Promise<Result<DeskSession | undefined, StoreError>>;
  issue(c: DeskContext, user: DeskUser, base: string, now: number): Promise<DeskSession>;
  /** Clears the cookie and voids the session in the store, for every process and across restarts. */
  void(c: DeskContext, session: DeskSession | undefined, base: string): ResultAsync<void, StoreError>;
}

/**
 * Sessions in an HMAC-signed cookie (HttpOnly, SameSite=Strict, Path = the mount, Secure over
 * https). The user is looked up again on every request, so an account removed from the file (or
 * whose password hash changed) loses its sessions at the next start; sign-out voids the session in
 * the store, which every request asks.
 */
export function sessionCookies(
  secret: string,
  users: readonly DeskUser[],
  revocationsOf: RevocationsOf,
): SessionCookies {
  const byName = new Map(users.map((user) => [user.name, user]));
  return {
    read: async (c, now) => {
      const value = await getSignedCookie(c, secret, SESSION_COOKIE);
      const body = typeof value === 'string' ? parseBody(value) : undefined;
      const user = body === undefined ? undefined : byName.get(body.u);
      if (!body || !user || body.x <= now || body.h !== hashFingerprint(user.passwordHash))
        return ok(undefined);
      const session: DeskSession = {
        id: body.s,
        user,
        csrfToken: body.t,
        expiresAt: body.x,
        issuedAt: body.i,
      };
      return revocationsOf(user)
        .isSessionRevoked({ sessionId: body.s, userName: user.name, issuedAt: new Date(body.i) })
        .map((revoked) => (revoked ? undefined : session));
    },
    issue: async (c, user, base, now) => {
      const session: DeskSession = {
        id: token(),
        user,
        csrfToken: token(),
        expiresAt: now + SESSION_HOURS * 3_600_000,
        issuedAt: now,
      };
      const body: CookieBody = {
        s: session.id,
        u: user.name,
        t: session.csrfToken,
        x: session.expiresAt,
        i: now,
        h: hashFingerprint(user.passwordHash),
      };
      await setSignedCookie(
        c,
        SESSION_COOKIE,
        Buffer.from(JSON.stringify(body)).toString('base64url'),
        secret,
        {
          httpOnly: true,
          sameSite: 'Strict',
          path: cookiePath(base),
          secure: isHttps(c),
          maxAge: SESSION_HOURS * 3600,
        },
      );
      return session;
    },
    void: (c, session, base) => {
      deleteCookie(c, SESSION_COOKIE, { path: cookiePath(base), httpOnly: true, sameSite: 'Strict' });
      if (!session) return okAsync(undefined);
      return revocationsOf(session.user).revokeSession({
        sessionId: session.id,
        expiresAt: new Date(session.expiresAt),
      });
    },
  };
}
