import { randomBytes } from 'node:crypto';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import type { DeskUser } from '../users/desk-user';
import type { DeskContext, DeskSession } from './desk-env';

/** The session cookie's name. */
export const SESSION_COOKIE = 'antrean_desk';

/** How long a sign-in lasts: one working day and a half. */
export const SESSION_HOURS = 12;

/** What the signed cookie holds: session id, user name, CSRF token, expiry (ms). */
interface CookieBody {
  readonly s: string;
  readonly u: string;
  readonly t: string;
  readonly x: number;
}

const token = (): string => randomBytes(24).toString('base64url');

/** True when the request came over https (directly, or as a proxy reports it). */
const isHttps = (c: DeskContext): boolean =>
  new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';

const cookiePath = (base: string): string => (base === '/' ? '/' : base.replace(/\/$/, ''));

/** The session store's parts: reads, issues and voids the signed cookie against the users list. */
export interface SessionCookies {
  read(c: DeskContext, now: number): Promise<DeskSession | undefined>;
  issue(c: DeskContext, user: DeskUser, base: string, now: number): Promise<DeskSession>;
  void(c: DeskContext, session: DeskSession | undefined, base: string, now: number): void;
}

/**
 * Sessions in an HMAC-signed cookie (HttpOnly, SameSite=Strict, Path = the mount, Secure over
 * https). The user is looked up again on every request, so an account removed from the file loses
 * its sessions at the next start; sign-out voids the cookie's id in this process.
 */
export function sessionCookies(secret: string, users: readonly DeskUser[]): SessionCookies {
  const byName = new Map(users.map((user) => [user.name, user]));
  const voided = new Map<string, number>();
  const forgetOld = (now: number) => {
    for (const [id, until] of voided) if (until < now) voided.delete(id);
  };
  return {
    read: async (c, now) => {
      const value = await getSignedCookie(c, secret, SESSION_COOKIE);
      if (typeof value !== 'string') return undefined;
      let body: CookieBody;
      try {
        body = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as CookieBody;
      } catch {
        return undefined;
      }
      const user = byName.get(body.u);
      if (!user || typeof body.x !== 'number' || body.x <= now || voided.has(body.s)) return undefined;
      return { id: body.s, user, csrfToken: body.t, expiresAt: body.x };
    },
    issue: async (c, user, base, now) => {
      const session: DeskSession = {
        id: token(),
        user,
        csrfToken: token(),
        expiresAt: now + SESSION_HOURS * 3_600_000,
      };
      const body: CookieBody = { s: session.id, u: user.name, t: session.csrfToken, x: session.expiresAt };
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
    void: (c, session, base, now) => {
      if (session) {
        forgetOld(now);
        voided.set(session.id, session.expiresAt);
      }
      deleteCookie(c, SESSION_COOKIE, { path: cookiePath(base), httpOnly: true, sameSite: 'Strict' });
    },
  };
}
