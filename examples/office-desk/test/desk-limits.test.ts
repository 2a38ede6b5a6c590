import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stalledPost } from '../../../packages/bot-host/test/support/stalled-request';
import { DeskClient } from '../../../packages/desk/test/support/desk-client';
import { middayZone, testOffice } from '../../../packages/desk/test/support/desk-fixtures';
import { PASSWORD } from '../../../packages/desk/test/support/desk-under-test';
import { sseReader } from '../../../packages/desk/test/support/sse-reader';
import { type DeskProcess, runAddUser, startDesk } from './desk-process';
import { useDeskRun } from './desk-run';

// The desk process behind a (pretended) trusted proxy, with a short request time limit: what a
// hostile client can and cannot do over real HTTP.
describe('the office desk process against a hostile client', () => {
  const run = useDeskRun('sqlite', {
    ANTREAN_DESK_SECRET: 'a-secret-for-the-desk-limit-tests-0123456789',
    ANTREAN_DESK_TRUST_PROXY: 'true',
    ANTREAN_REQUEST_BODY_TIMEOUT_MS: '500',
  });
  let desk: DeskProcess;
  let port: number;
  /** A client whose requests the proxy forwards with `forwarded` as X-Forwarded-For. */
  const client = (forwarded: string) => {
    const send = (url: string, init: RequestInit) =>
      fetch(url, { ...init, headers: { ...(init.headers as object), 'x-forwarded-for': forwarded } });
    return new DeskClient(`${desk.url}/desk/`, send);
  };

  beforeAll(async () => {
    const office = testOffice('A', middayZone(new Date()));
    writeFileSync(run.officesFile, JSON.stringify([{ number: 'A', office }]));
    const added = await runAddUser(['siti', '--role', 'officer', '--office', 'A'], run.env, PASSWORD);
    expect(added, added.output).toMatchObject({ code: 0 });
    desk = await run.start();
    port = Number(new URL(desk.url).port);
  }, 90_000);

  it('answers 408 and closes the connection when an API post stalls mid-body', async () => {
    const answer = await stalledPost(port, {
      path: '/desk/api/login',
      headers: { 'content-type': 'application/json' },
      partialBody: '{"name":"siti",',
    });
    expect(answer.text).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(answer.closedAfterMs).toBeLessThan(2_500);
  });

  it('keeps the display stream open past the limit: it still shows a call made after a stalled post was cut', async () => {
    const display = sseReader(await fetch(`${desk.url}/desk/display/A/events`));
    expect((await display.next()).event).toBe('snapshot');
    const stalled = await stalledPost(port, {
      path: '/desk/api/login',
      headers: { 'content-type': 'application/json' },
      partialBody: '{',
    });
    expect(stalled.text).toMatch(/^HTTP\/1\.1 408/);
    const siti = client('203.0.113.50');
    expect((await siti.login('siti', PASSWORD)).status).toBe(200);
    expect((await siti.post('api/walk-in', { reason: 'paspor hilang' })).status).toBe(201);
    expect((await siti.post('api/call-next', { counter: '1' })).status).toBe(200);
    expect(await display.next()).toMatchObject({ event: 'called', data: { number: 'W-001' } });
    await display.close();
  });

  it('counts the address the proxy appended: 25 sign-ins with spoofed left-most entries are limited after 20', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++)
      statuses.push((await client(`198.51.100.${i}, 203.0.113.61`).login(`tamu${i}`, 'salah')).status);
    expect(statuses).toEqual([...Array(20).fill(401), ...Array(5).fill(429)]);
    // Another client behind the same proxy still signs in.
    expect((await client('198.51.100.1, 203.0.113.62').login('siti', PASSWORD)).status).toBe(200);
  });

  it("a stranger's 5 failures against siti leave siti signing in from her own address", async () => {
    const stranger = client('203.0.113.70');
    for (let i = 0; i < 5; i++) expect((await stranger.login('siti', `salah-${i}`)).status).toBe(401);
    expect((await stranger.login('siti', PASSWORD)).status).toBe(429);
    expect((await client('203.0.113.71').login('siti', PASSWORD)).status).toBe(200);
  });

  it('add-user refuses a users file that is a symbolic link (exit 2) and leaves its target untouched', async () => {
    const link = join(run.usersFile, '..', 'linked-users.json');
    symlinkSync(run.usersFile, link);
    const before = readFileSync(run.usersFile, 'utf8');
    const refused = await runAddUser(
      ['eko', '--role', 'officer'],
      { ...run.env, ANTREAN_DESK_USERS: link },
      PASSWORD,
    );
    expect(refused.code).toBe(2);
    expect(refused.output).toContain(`${link}: is a symbolic link: give the path of the file itself`);
    expect(readFileSync(run.usersFile, 'utf8')).toBe(before);
  });

  it('refuses to start with a secret of one repeated character or of whitespace, or bad hops or time limit', async () => {
    const refusal = (change: Record<string, string>) =>
      startDesk({ ...run.env, ...change }).then(
        (started) => {
          started.child.kill('SIGTERM');
          return 'started';
        },
        (error: Error) => error.message,
      );
    const refusals = await Promise.all([
      refusal({ ANTREAN_DESK_SECRET: 'a'.repeat(40) }),
      refusal({ ANTREAN_DESK_SECRET: ' '.repeat(40) }),
      refusal({ ANTREAN_DESK_PROXY_HOPS: '0' }),
      refusal({ ANTREAN_REQUEST_BODY_TIMEOUT_MS: 'soon' }),
    ]);
    expect(refusals[0]).toContain('ANTREAN_DESK_SECRET must not be one character repeated');
    expect(refusals[1]).toContain('ANTREAN_DESK_SECRET must not be only whitespace');
    expect(refusals[2]).toContain('ANTREAN_DESK_PROXY_HOPS must be a whole number from 1 to 100');
    expect(refusals[3]).toContain(
      'ANTREAN_REQUEST_BODY_TIMEOUT_MS must be a whole number from 100 to 300000',
    );
  });
});
