import { createMemoryStore } from '@antrean/storage-memory';
import { describe, expect, it } from 'vitest';
import { createDesk, hashPassword } from '../src';
import { DeskClient } from './support/desk-client';
import { testOffice } from './support/desk-fixtures';

const PASSWORD = 'kata-sandi-rahasia';

/** A desk for an office in WIT, its clock stopped at `now`, with one officer. */
async function witDeskAt(now: Date) {
  const store = (await createMemoryStore())._unsafeUnwrap();
  const desk = createDesk({
    offices: [{ office: testOffice('jayapura', 'Asia/Jayapura'), store }],
    users: [
      {
        name: 'yosef',
        role: 'officer',
        office: 'jayapura',
        passwordHash: await hashPassword(PASSWORD, { N: 1024, r: 8, p: 1 }),
      },
    ],
    secret: 'a-test-secret-of-at-least-32-characters',
    clock: { now: () => now },
  })._unsafeUnwrap();
  const client = new DeskClient('http://desk.test/', async (url, init) => desk.app.request(url, init));
  return { desk, client };
}

// The pages write every time in the office's zone; these answers are where they learn it.
describe("the office's time zone for the pages", () => {
  it("gives a signed-in page the office's zone and its date on the desk's clock", async () => {
    // 20:00 UTC on the 7th is 05:00 on the 8th in WIT.
    const { desk, client } = await witDeskAt(new Date('2026-12-07T20:00:00Z'));
    await client.login('yosef', PASSWORD);
    const session = await client.get('api/session');
    expect(session.status).toBe(200);
    expect(session.body.office).toEqual({
      id: 'jayapura',
      name: 'Kantor jayapura',
      timeZone: 'Asia/Jayapura',
      today: '2026-12-08',
    });
    await desk.close();
  });

  it("gives the public display its office's zone, and no other office's", async () => {
    const { desk, client } = await witDeskAt(new Date('2026-12-07T20:00:00Z'));
    const office = await client.get('display/jayapura/office');
    expect(office.status).toBe(200);
    expect(office.body).toEqual({ id: 'jayapura', timeZone: 'Asia/Jayapura' });
    expect((await client.get('display/elsewhere/office')).status).toBe(404);
    await desk.close();
  });
});
