import { createMemoryStore } from '@antrean/storage-memory';
import { describe, expect, it } from 'vitest';
import { createDesk, hashPassword } from '../src';
import { DeskClient } from './support/desk-client';
import { testOffice } from './support/desk-fixtures';

const PASSWORD = 'kata-sandi-rahasia';

/** A desk over a clock the test moves, with one officer. */
async function deskAt(start: Date, extra: { allowedOrigins?: string[]; keepAliveMs?: number } = {}) {
  let now = start;
  const store = (await createMemoryStore())._unsafeUnwrap();
  const office = testOffice('A', 'Asia/Jakarta');
  const passwordHash = await hashPassword(PASSWORD, { N: 1024, r: 8, p: 1 });
  const desk = createDesk({
    offices: [{ office, store }],
    users: [{ name: 'siti', role: 'officer', office: 'A', passwordHash }],
    secret: 'a-test-secret-of-at-least-32-characters',
    clock: { now: () => now },
    ...extra,
  })._unsafeUnwrap();
  const client = new DeskClient('http://desk.test/', async (url, init) => desk.app.request(url, init));
  return { desk, client, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

describe('the desk over time and proxies', () => {
  it('ends a session after 12 hours', async () => {
    const { desk, client, advance } = await deskAt(new Date('2030-03-04T01:00:00Z'));
    await client.login('siti', PASSWORD);
    advance(12 * 3_600_000 - 1);
    expect((await client.get('api/session')).status).toBe(200);
    advance(1);
    expect((await client.get('api/session')).status).toBe(401);
    await desk.close();
  });

  it('lets the sign-in throttle expire with its window', async () => {
    const { desk, client, advance } = await deskAt(new Date('2030-03-04T01:00:00Z'));
    for (let i = 0; i < 5; i++) await client.login('siti', 'salah-sekali');
    expect((await client.login('siti', PASSWORD)).status).toBe(429);
    advance(15 * 60_000);
    expect((await client.login('siti', PASSWORD)).status).toBe(200);
    await desk.close();
  });

  it('accepts posts from an allowed origin besides its own host', async () => {
    const { desk, client } = await deskAt(new Date('2030-03-04T01:00:00Z'), {
      allowedOrigins: ['https://desk.kanim.example'],
    });
    await client.login('siti', PASSWORD, { origin: 'https://desk.kanim.example' });
    expect(
      (await client.post('api/walk-in', { reason: 'hilang' }, { origin: 'https://desk.kanim.example' }))
        .status,
    ).toBe(201);
    expect(
      (await client.post('api/walk-in', { reason: 'hilang' }, { origin: 'https://other.example' })).status,
    ).toBe(403);
    await desk.close();
  });

  it('writes keep-alive comments on an idle stream, and ends every stream on close', async () => {
    const { desk } = await deskAt(new Date(), { keepAliveMs: 30 });
    const response = await desk.app.request('http://desk.test/display/A/events');
    const reader = response.body!.getReader();
    let text = '';
    while (!text.includes(': keep-alive')) text += new TextDecoder().decode((await reader.read()).value);
    expect(text).toMatch(/^event: snapshot\n/);
    await desk.close();
    let done = false;
    while (!done) done = (await reader.read()).done;
    expect(done).toBe(true);
  });
});
