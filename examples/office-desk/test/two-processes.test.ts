import { writeFileSync } from 'node:fs';
import type { BookingStore } from '@antrean/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { middayZone, seedBooking, testOffice } from '../../../packages/desk/test/support/desk-fixtures';
import { PASSWORD, signedIn } from '../../../packages/desk/test/support/desk-under-test';
import { sseReader } from '../../../packages/desk/test/support/sse-reader';
import type { DeskProcess } from './desk-process';
import { runAddUser } from './desk-process';
import { useDeskRun } from './desk-run';
import { ENGINES } from './desk-stores';

const send = (url: string, init?: RequestInit) => fetch(url, init);

// Two desk processes on one database (two machines at the door) are one deployment: numbers stay
// unique and gapless, a call at one reaches the other's display, a sign-out at one holds at the
// other and across a restart, through the store alone.
describe.each(ENGINES)('two desk processes on one database (%s)', (engine) => {
  const office = testOffice('A', middayZone(new Date()));
  const run = useDeskRun(engine, {
    ANTREAN_DESK_SECRET: 'a-secret-shared-by-both-desk-processes-0123',
    ANTREAN_SWEEP_MS: '0',
  });
  const desks: DeskProcess[] = [];
  let store: BookingStore;
  const client = (desk: DeskProcess, name: string) => signedIn({ base: `${desk.url}/desk/`, send }, name);
  const sessionAt = async (desk: DeskProcess, cookie: string) =>
    (await fetch(`${desk.url}/desk/api/session`, { headers: { cookie } })).status;

  beforeAll(async () => {
    writeFileSync(run.officesFile, JSON.stringify(office));
    for (const name of ['siti', 'budi'])
      expect((await runAddUser([name, '--role', 'officer'], run.env, PASSWORD)).code).toBe(0);
    desks.push(await run.start(), await run.start());
    store = await run.openStore();
  }, 90_000);

  it('hands out 30 numbers with no repeat and no gap when officers at both check in at once', async () => {
    const clients = await Promise.all(
      desks.map((desk, i) =>
        signedIn(
          { base: `${desk.url}/desk/`, send: (url, init) => fetch(url, init) },
          i === 0 ? 'siti' : 'budi',
        ),
      ),
    );
    const codes = await Promise.all(
      Array.from({ length: 30 }, () =>
        seedBooking(store, office, { startsAt: new Date(Date.now() + 3_600_000) }),
      ),
    );
    const answers = await Promise.all(codes.map((code, i) => clients[i % 2]?.post('api/check-in', { code })));
    expect(answers.map((a) => a?.status)).toEqual(Array(30).fill(200));
    const sequences = answers.map((a) => Number(a?.body.ticket.number.slice(2))).sort((x, y) => x - y);
    expect(sequences).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
  });

  it("shows a call made at one process on the other's display within 1 s", async () => {
    const [one, two] = desks as [DeskProcess, DeskProcess];
    const siti = await client(one, 'siti');
    const board = sseReader(await fetch(`${two.url}/desk/display/A/events`));
    try {
      expect((await board.next()).event).toBe('snapshot');
      // The numbers checked in above wait too: the call takes the first of them.
      const code = await seedBooking(store, office, { startsAt: new Date(Date.now() + 3_600_000) });
      expect((await siti.post('api/check-in', { code })).status).toBe(200);
      // Each action's event reaches the other process's display within 1 s of the action's answer.
      const timed = async (action: string, event: (number: string) => unknown) => {
        const answer = await siti.post(action, { counter: 1 });
        expect(answer.status).toBe(200);
        const answered = Date.now();
        expect(await board.next(1000)).toEqual(event(answer.body.ticket.number));
        return Date.now() - answered;
      };
      const called = (calls: number) => (number: string) => ({
        event: 'called',
        data: { number, counter: 'Loket 1', calls },
      });
      const delays = [
        await timed('api/call-next', called(1)),
        await timed('api/recall', called(2)),
        await timed('api/served', (number) => ({ event: 'finished', data: { number } })),
      ];
      expect(Math.max(...delays)).toBeLessThan(1000);
    } finally {
      await board.close();
    }
  });

  it('refuses a session signed out at one process at the other and after a restart; keeps one not signed out', async () => {
    const [one, two] = desks as [DeskProcess, DeskProcess];
    const siti = await client(one, 'siti');
    const budi = await client(two, 'budi');
    const [sitiCookie, budiCookie] = [siti.cookie, budi.cookie];
    expect([await sessionAt(two, sitiCookie), await sessionAt(one, budiCookie)]).toEqual([200, 200]);
    expect((await siti.post('api/logout')).status).toBe(204);
    expect(await sessionAt(two, sitiCookie)).toBe(401);
    two.child.kill('SIGTERM');
    expect(await two.exited).toBe(0);
    const restarted = await run.start();
    desks[1] = restarted;
    expect([await sessionAt(restarted, sitiCookie), await sessionAt(restarted, budiCookie)]).toEqual([
      401, 200,
    ]);
  });
});
