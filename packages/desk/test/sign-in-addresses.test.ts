import { createMemoryStore } from '@antrean/storage-memory';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createDesk, type DeskOptions, hashPassword } from '../src';
import { testOffice } from './support/desk-fixtures';
import { PASSWORD } from './support/desk-under-test';

// The sign-in limits by client address, in process: each request carries the socket peer Node
// would bind (`env.incoming`) and whatever X-Forwarded-For a client or its proxies wrote.

/** A sign-in attempt's origin: the socket's peer and the X-Forwarded-For header, if any. */
interface From {
  readonly socket: string;
  readonly forwarded?: string;
}

/** A desk with siti and budi at office A; `login` answers a sign-in's status. */
async function deskWith(options: Partial<DeskOptions>) {
  const store = (await createMemoryStore())._unsafeUnwrap();
  const cheap = { N: 1024, r: 8, p: 1 };
  const passwordHash = await hashPassword(PASSWORD, cheap);
  const desk = createDesk({
    offices: [{ office: testOffice('A', 'Asia/Jakarta'), store }],
    users: ['siti', 'budi'].map((name) => ({ name, role: 'officer' as const, office: 'A', passwordHash })),
    secret: 'a-test-secret-of-at-least-32-characters',
    ...options,
  })._unsafeUnwrap();
  const host = new Hono();
  host.route('/desk', desk.app);
  const login = async (name: string, password: string, from: From): Promise<number> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (from.forwarded !== undefined) headers['x-forwarded-for'] = from.forwarded;
    const init = { method: 'POST', headers, body: JSON.stringify({ name, password }) };
    const env = { incoming: { socket: { remoteAddress: from.socket } } };
    return (await host.request('http://desk.test/desk/api/login', init, env)).status;
  };
  return { desk, login };
}

/** The statuses of `count` failed sign-ins as siti, the i-th from `from(i)`. */
async function failures(
  login: (name: string, password: string, from: From) => Promise<number>,
  count: number,
  from: (i: number) => From,
): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) statuses.push(await login('siti', `salah-${i}`, from(i)));
  return statuses;
}

const limitedAfter20 = [...Array(20).fill(401), ...Array(5).fill(429)];
// Only the per-client limit (20) is under test here: the per-name limit is out of the way.
const clientLimitOnly = { signInAttempts: 1000 };

describe('the client address the sign-in limits count', () => {
  it('behind one trusted proxy: the right-most X-Forwarded-For entry, so spoofed left-most entries are limited after 20', async () => {
    const { desk, login } = await deskWith({ ...clientLimitOnly, trustProxy: true });
    const statuses = await failures(login, 25, (i) => ({
      socket: '10.0.0.1',
      forwarded: `198.51.100.${i}, 203.0.113.7`,
    }));
    expect(statuses).toEqual(limitedAfter20);
    // Another client behind the same proxy is not blocked.
    expect(await login('siti', PASSWORD, { socket: '10.0.0.1', forwarded: '203.0.113.8' })).toBe(200);
    await desk.close();
  });

  it('behind two trusted proxies: the second entry from the right, whatever the client wrote left of it', async () => {
    const { desk, login } = await deskWith({ ...clientLimitOnly, trustProxy: { hops: 2 } });
    const statuses = await failures(login, 25, (i) => ({
      socket: '10.0.0.1',
      forwarded: `198.51.100.${i}, 203.0.113.7, 10.0.0.2`,
    }));
    expect(statuses).toEqual(limitedAfter20);
    await desk.close();
  });

  it('a list shorter than the hops counts the socket peer, not the entries the client wrote', async () => {
    const { desk, login } = await deskWith({ ...clientLimitOnly, trustProxy: { hops: 2 } });
    const statuses = await failures(login, 25, (i) => ({ socket: '10.0.0.3', forwarded: `198.51.100.${i}` }));
    expect(statuses).toEqual(limitedAfter20);
    expect(await login('siti', PASSWORD, { socket: '10.0.0.4' })).toBe(200);
    await desk.close();
  });

  it('without a trusted proxy: the socket peer, X-Forwarded-For ignored', async () => {
    const { desk, login } = await deskWith(clientLimitOnly);
    const statuses = await failures(login, 25, (i) => ({ socket: '10.0.0.5', forwarded: `198.51.100.${i}` }));
    expect(statuses).toEqual(limitedAfter20);
    expect(await login('siti', PASSWORD, { socket: '10.0.0.6', forwarded: '10.0.0.5' })).toBe(200);
    await desk.close();
  });

  it('refuses hops that are not a whole number >= 1', async () => {
    for (const hops of [0, -1, 1.5, Number.NaN]) {
      const store = (await createMemoryStore())._unsafeUnwrap();
      const refused = createDesk({
        offices: [{ office: testOffice('A', 'Asia/Jakarta'), store }],
        users: [],
        secret: 'a-test-secret-of-at-least-32-characters',
        trustProxy: { hops },
      });
      expect(refused._unsafeUnwrapErr()).toMatchObject({ option: 'trustProxy' });
    }
  });
});

describe('a stranger cannot lock an officer out', () => {
  it("5 failures against siti from another address leave siti's own sign-in working; the stranger's address is still limited at 20", async () => {
    const { desk, login } = await deskWith({ trustProxy: true });
    const stranger = { socket: '10.0.0.1', forwarded: '198.51.100.66' };
    const siti = { socket: '10.0.0.1', forwarded: '203.0.113.10' };
    expect(await failures(login, 6, () => stranger)).toEqual([401, 401, 401, 401, 401, 429]);
    expect(await login('siti', PASSWORD, siti)).toBe(200);
    // The stranger's address has 5 failures: 15 more on other names, then it is blocked for everyone.
    const others: number[] = [];
    for (let i = 0; i < 16; i++) others.push(await login(`tamu${i}`, 'salah', stranger));
    expect(others).toEqual([...Array(15).fill(401), 429]);
    expect(await login('budi', PASSWORD, stranger)).toBe(429);
    expect(await login('budi', PASSWORD, siti)).toBe(200);
    await desk.close();
  });

  it('siti failing 5 times at her own address is still blocked there (the per-name limit stays)', async () => {
    const { desk, login } = await deskWith({});
    const siti = { socket: '10.0.0.7' };
    expect(await failures(login, 5, () => siti)).toEqual(Array(5).fill(401));
    expect(await login('siti', PASSWORD, siti)).toBe(429);
    expect(await login('SITI', PASSWORD, siti)).toBe(429);
    expect(await login('siti', PASSWORD, { socket: '10.0.0.8' })).toBe(200);
    await desk.close();
  });
});
