import { localDateOf } from '@antrean/core';
import { type DeskParts, officeOf, withStore } from '../desk-parts';
import { fail, jsonBody } from '../http/answers';
import { clientAddress } from '../http/client-address';
import { type DeskHono, mountBase } from '../http/desk-env';
import { verifyPassword } from '../users/password-hash';

/** Checked against when the name is unknown, so an unknown name takes as long as a wrong password. */
const UNKNOWN_USER_HASH =
  'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

const userJson = (user: { name: string; role: string; office: string }) => ({
  name: user.name,
  role: user.role,
  office: user.office,
});

/**
 * `api/login`, `api/logout`, `api/session` (with the office's time zone and today's date, so pages
 * show times in the office's zone whatever the device's). A sign-in attempt counts as a failure for
 * its name at its client address and for the address before the password is checked (so parallel
 * guesses are counted too), and is taken back when it succeeds.
 */
export function addAuthRoutes(app: DeskHono, parts: DeskParts): void {
  app.post('/api/login', async (c) => {
    const body = await jsonBody(c);
    const name = body?.name;
    const password = body?.password;
    if (
      typeof name !== 'string' ||
      typeof password !== 'string' ||
      name.length > 64 ||
      password.length > 1024
    )
      return fail(c, 400, 'BadRequest');
    const now = parts.clock.now().getTime();
    const clientKey = clientAddress(c, parts.trustProxy);
    // A name's failures count per client address: a stranger guessing siti's password from
    // elsewhere blocks only himself (and his address's own limit), never siti at her desk.
    const nameKey = JSON.stringify([name.toLowerCase(), clientKey]);
    const retryAfterSeconds = Math.max(
      parts.nameThrottle.retryAfterSeconds([nameKey], now),
      parts.clientThrottle.retryAfterSeconds([clientKey], now),
    );
    if (retryAfterSeconds > 0) {
      parts.emit({ type: 'SignInBlocked' });
      c.header('retry-after', String(retryAfterSeconds));
      return fail(c, 429, 'TooManyAttempts', { retryAfterSeconds });
    }
    parts.nameThrottle.fail([nameKey], now);
    parts.clientThrottle.fail([clientKey], now);
    const user = parts.users.find((candidate) => candidate.name === name);
    const matches = await verifyPassword(password, user?.passwordHash ?? UNKNOWN_USER_HASH);
    if (!user || !matches) {
      parts.emit({ type: 'SignInFailed' });
      return fail(c, 401, 'BadCredentials');
    }
    parts.nameThrottle.forget(nameKey);
    parts.clientThrottle.pardon(clientKey, now);
    const session = await parts.sessions.issue(c, user, mountBase(c, 'api/login'), now);
    return c.json({ user: userJson(user), csrfToken: session.csrfToken });
  });

  // The cookie is cleared either way; a store that could not void the session says so (503).
  app.post('/api/logout', (c) =>
    withStore(parts, c, parts.sessions.void(c, c.get('session'), mountBase(c, 'api/logout')), () =>
      c.body(null, 204),
    ),
  );

  app.get('/api/session', (c) => {
    const session = c.get('session');
    const { office } = officeOf(parts, c);
    return c.json({
      user: userJson(session.user),
      csrfToken: session.csrfToken,
      office: {
        id: office.id,
        name: office.name,
        timeZone: office.timeZone,
        today: localDateOf(parts.clock.now(), office.timeZone),
      },
    });
  });
}
