import type { OfficeConfig } from '@antrean/core';
import { createMemoryStore } from '@antrean/storage-memory';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDesk, type DeskApp, type DeskStore, type DeskUser, hashPassword } from '../src';
import { DeskClient } from './support/desk-client';
import { middayZone, seedBooking, testOffice } from './support/desk-fixtures';
import { PASSWORD } from './support/desk-under-test';
import { sseReader } from './support/sse-reader';

const SECRET = 'a-test-secret-of-at-least-32-characters';
const cheap = { N: 1024, r: 8, p: 1 };

// Desks in one process over one store stand for desk processes on one database: what one does
// (a call, a sign-out) reaches the others through the store alone, and a new desk is a restart.
describe('desks sharing one store', () => {
  let store: DeskStore;
  let office: OfficeConfig;
  let users: DeskUser[];
  const opened: DeskApp[] = [];

  /** A desk over the shared store ("a process"), reached at `http://desk-N.test/desk/`. */
  const startDesk = (accounts: readonly DeskUser[] = users) => {
    const desk = createDesk({
      offices: [{ office, store }],
      users: accounts,
      secret: SECRET,
    })._unsafeUnwrap();
    opened.push(desk);
    const host = new Hono();
    host.route('/desk', desk.app);
    const base = `http://desk-${opened.length}.test/desk/`;
    const client = () => new DeskClient(base, async (url, init) => host.request(url, init));
    return { desk, host, base, client };
  };
  /** `from`'s cookie sent to `to`: the status of `api/session` there. */
  const sessionAt = async (to: ReturnType<typeof startDesk>, cookie: string) =>
    (await to.host.request(`${to.base}api/session`, { headers: { cookie } })).status;

  beforeAll(async () => {
    store = (await createMemoryStore())._unsafeUnwrap();
    office = testOffice('A', middayZone(new Date()));
    users = await Promise.all(
      ['siti', 'budi'].map(async (name) => ({
        name,
        role: 'officer' as const,
        office: 'A',
        passwordHash: await hashPassword(PASSWORD, cheap),
      })),
    );
  });
  afterAll(async () => {
    for (const desk of opened) await desk.close();
  });

  it("shows a call made at one desk on another desk's display and officer stream within 1 s", async () => {
    const [one, two] = [startDesk(), startDesk()];
    const siti = one.client();
    await siti.login('siti', PASSWORD);
    const budi = two.client();
    await budi.login('budi', PASSWORD);
    const board = sseReader(await two.host.request(`${two.base}display/A/events`));
    const officer = sseReader(
      await two.host.request(`${two.base}api/events`, { headers: { cookie: budi.cookie } }),
    );
    try {
      expect((await board.next()).event).toBe('snapshot');
      expect((await officer.next()).event).toBe('snapshot');
      const code = await seedBooking(store, office, { startsAt: new Date(Date.now() + 3_600_000) });
      const number = (await siti.post('api/check-in', { code })).body.ticket.number;
      expect(await officer.next(1000)).toMatchObject({
        event: 'ticket',
        data: { change: 'issued', ticket: { number } },
      });
      expect((await siti.post('api/call-next', { counter: 1 })).status).toBe(200);
      expect(await board.next(1000)).toEqual({
        event: 'called',
        data: { number, counter: 'Loket 1', calls: 1 },
      });
      expect((await siti.post('api/served', { counter: 1 })).status).toBe(200);
      expect(await board.next(1000)).toEqual({ event: 'finished', data: { number } });
    } finally {
      await board.close();
      await officer.close();
    }
  });

  it('refuses a signed-out session at every desk and after a restart; keeps one not signed out', async () => {
    const [one, two] = [startDesk(), startDesk()];
    const siti = one.client();
    await siti.login('siti', PASSWORD);
    const budi = one.client();
    await budi.login('budi', PASSWORD);
    const [sitiCookie, budiCookie] = [siti.cookie, budi.cookie];
    expect(await sessionAt(two, sitiCookie)).toBe(200);
    expect((await siti.post('api/logout')).status).toBe(204);
    expect(await sessionAt(two, sitiCookie)).toBe(401);
    const restarted = startDesk();
    expect([await sessionAt(restarted, sitiCookie), await sessionAt(restarted, budiCookie)]).toEqual([
      401, 200,
    ]);
  });

  it("voids a user's sessions when the password hash in the users file changes, or the store revokes them", async () => {
    const one = startDesk();
    const budi = one.client();
    await budi.login('budi', PASSWORD);
    const changed = users.map((user) =>
      user.name === 'budi' ? { ...user, passwordHash: `${user.passwordHash}x` } : user,
    );
    expect(await sessionAt(startDesk(changed), budi.cookie)).toBe(401);
    expect(await sessionAt(startDesk(), budi.cookie)).toBe(200);
    const before = new Date();
    (await store.revokeUserSessions({ userName: 'budi', before }))._unsafeUnwrap();
    // A session signed in after the revocation's instant is valid: wait for the clock to pass it.
    while (Date.now() <= before.getTime()) await new Promise((resolve) => setImmediate(resolve));
    expect(await sessionAt(one, budi.cookie)).toBe(401);
    const again = one.client();
    expect((await again.login('budi', PASSWORD)).status).toBe(200);
    expect(await sessionAt(one, again.cookie)).toBe(200);
  });
});
