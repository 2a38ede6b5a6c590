import { expect, it } from 'vitest';
import { DeskClient } from './desk-client';
import { type DeskUnderTest, PASSWORD } from './desk-under-test';

/** The API routes that need a session, as method and path. */
export const SIGNED_IN_ROUTES: ReadonlyArray<readonly [string, string]> = [
  ['POST', 'api/logout'],
  ['GET', 'api/session'],
  ['GET', 'api/booking?code=ABCD2345'],
  ['POST', 'api/check-in'],
  ['POST', 'api/walk-in'],
  ['POST', 'api/call-next'],
  ['POST', 'api/recall'],
  ['POST', 'api/served'],
  ['POST', 'api/absent'],
  ['GET', 'api/day'],
  ['GET', 'api/day?format=csv'],
  ['GET', 'api/audit'],
  ['GET', 'api/events'],
];

/** Sign-in, sign-out, sessions, CSRF and the pages. */
export function authTests(desk: () => DeskUnderTest): void {
  const client = () => new DeskClient(desk().base, desk().send);

  it('signs in with the right password: the user, a CSRF token, and a strict HttpOnly cookie on the mount path', async () => {
    const siti = client();
    const answer = await siti.login('siti', PASSWORD);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      user: { name: 'siti', role: 'officer', office: 'A' },
      csrfToken: expect.any(String),
    });
    const cookie = answer.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^antrean_desk=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/desk(;|$)/);
    expect((await siti.get('api/session')).body).toEqual({
      ...answer.body,
      office: expect.objectContaining({ id: 'A' }),
    });
  });

  it('refuses a wrong password and an unknown name alike (401 BadCredentials)', async () => {
    expect((await client().login('siti', 'salah-sekali')).body.error).toBe('BadCredentials');
    const unknown = await client().login('nobody', PASSWORD);
    expect(unknown.status).toBe(401);
    expect(unknown.body).toMatchObject({ error: 'BadCredentials', message: expect.any(String) });
  });

  it('answers 401 Unauthenticated on every API route without a session, and with a forged cookie', async () => {
    for (const [method, path] of SIGNED_IN_ROUTES) {
      const anonymous = client();
      const answer = method === 'GET' ? await anonymous.get(path) : await anonymous.post(path, {});
      expect([path, answer.status, answer.body?.error]).toEqual([path, 401, 'Unauthenticated']);
    }
    const forged = client();
    forged.cookie = 'antrean_desk=eyJ1Ijoic2l0aSJ9.AAAA';
    expect((await forged.get('api/session')).status).toBe(401);
  });

  it('refuses writes without the CSRF token, with a wrong one, from another origin, or as a form (403 CsrfRejected)', async () => {
    const siti = client();
    await siti.login('siti', PASSWORD);
    const token = siti.csrfToken;
    const refusals = [
      await siti.post('api/walk-in', { reason: 'hilang' }, { 'x-csrf-token': '' }),
      await siti.post('api/walk-in', { reason: 'hilang' }, { 'x-csrf-token': `${token}x` }),
      await siti.post('api/walk-in', { reason: 'hilang' }, { origin: 'https://evil.example' }),
      await siti.post('api/walk-in', { reason: 'hilang' }, { 'sec-fetch-site': 'cross-site' }),
      await siti.post(
        'api/walk-in',
        { reason: 'hilang' },
        { 'content-type': 'application/x-www-form-urlencoded' },
      ),
      await siti.post('api/walk-in', { reason: 'hilang' }, { 'content-type': 'text/plain' }),
    ];
    expect(refusals.map((r) => [r.status, r.body.error])).toEqual(Array(6).fill([403, 'CsrfRejected']));
    const login = await client().login('siti', PASSWORD, { origin: 'https://evil.example' });
    expect([login.status, login.body.error]).toEqual([403, 'CsrfRejected']);
    expect((await siti.post('api/walk-in', { reason: 'paspor hilang' })).status).toBe(201);
  });

  it('refuses a body over 8 KiB unread (413)', async () => {
    const answer = await client().login('siti', 'x'.repeat(9000));
    expect([answer.status, answer.body.error]).toEqual([413, 'BadRequest']);
  });

  it('signs out: 204, and the old cookie no longer opens a session', async () => {
    const budi = client();
    await budi.login('budi', PASSWORD);
    const cookie = budi.cookie;
    expect((await budi.post('api/logout')).status).toBe(204);
    budi.cookie = cookie;
    expect((await budi.get('api/session')).status).toBe(401);
  });

  it('serves the pages: login and the public display, signed-in pages redirect to login, no path escapes assets', async () => {
    const anonymous = client();
    const login = await anonymous.get('login');
    expect(login.status).toBe(200);
    expect(login.headers.get('content-type')).toMatch(/^text\/html/);
    expect(login.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const page = await anonymous.get('check-in');
    expect([page.status, page.headers.get('location')]).toEqual([302, '/desk/login']);
    expect((await anonymous.get('display/C')).status).toBe(200);
    expect((await anonymous.get('display/nowhere')).status).toBe(404);
    expect((await anonymous.get('assets/..%2Fpackage.json')).status).toBe(404);
    const siti = client();
    await siti.login('siti', PASSWORD);
    expect((await siti.get('check-in')).status).toBe(200);
    expect((await siti.get('')).headers.get('location')).toBe('/desk/check-in');
  });

  it('answers in English when asked (?lang=en), Indonesian by default', async () => {
    const anonymous = client();
    expect((await anonymous.get('api/session')).body.message).toBe('Silakan masuk terlebih dahulu.');
    expect((await anonymous.get('api/session?lang=en')).body.message).toBe('Please sign in first.');
  });
}

/** Rate limits: run last, they lock names and the client's address for the window. */
export function throttleTests(desk: () => DeskUnderTest): void {
  const client = () => new DeskClient(desk().base, desk().send);

  it('blocks a name after 5 failures (429 with retryAfterSeconds, even with the right password); other names still sign in', async () => {
    for (let i = 0; i < 5; i++) expect((await client().login('dewi', `salah-${i}`)).status).toBe(401);
    const blocked = await client().login('dewi', PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ error: 'TooManyAttempts', retryAfterSeconds: expect.any(Number) });
    expect(blocked.body.retryAfterSeconds).toBeGreaterThan(800);
    expect(blocked.headers.get('retry-after')).toBe(String(blocked.body.retryAfterSeconds));
    expect((await client().login('budi', PASSWORD)).status).toBe(200);
  });

  it('blocks a client address after 20 failures, whatever the name', async () => {
    let status = 0;
    let failures = 0;
    while (failures < 25) {
      status = (await client().login(`tamu${failures}`, 'salah')).status;
      if (status === 429) break;
      failures += 1;
    }
    expect(status).toBe(429);
    // Earlier failures from this address count too (dewi's five at least); successful sign-ins do not.
    expect(failures).toBeGreaterThan(0);
    expect(failures).toBeLessThanOrEqual(15);
    expect((await client().login('budi', PASSWORD)).status).toBe(429);
  });
}
