import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStore } from '@antrean/storage-sqlite';
import Database from 'libsql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { middayZone, testOffice } from '../../../packages/desk/test/support/desk-fixtures';
import {
  type DeskUnderTest,
  PASSWORD,
  TEST_USERS,
} from '../../../packages/desk/test/support/desk-under-test';
import { authTests, throttleTests } from '../../../packages/desk/test/support/suite-auth';
import { callingTests } from '../../../packages/desk/test/support/suite-calling';
import { checkInTests } from '../../../packages/desk/test/support/suite-check-in';
import { type DeskProcess, removeDeskCache, runAddUser, startDesk } from './desk-process';

// The office desk as `pnpm start` runs it, over HTTP on 127.0.0.1 with a SQLite file in a temp
// folder; the tests seed bookings through a second connection to that file, as the bot would.
describe('the office desk as a process (SQLite)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'antrean-office-desk-'));
  const zone = middayZone(new Date());
  const offices = { A: testOffice('A', zone), B: testOffice('B', zone), C: testOffice('C', zone) };
  const env = {
    ANTREAN_SQLITE_PATH: join(dir, 'antrean.sqlite'),
    ANTREAN_OFFICE_CONFIG: join(dir, 'offices.json'),
    ANTREAN_DESK_USERS: join(dir, 'users.json'),
    ANTREAN_DESK_SECRET: 'a-secret-for-the-desk-process-tests-0123456789',
    ANTREAN_DESK_SWEEP_MS: '200',
  };
  let desk: DeskProcess;
  let db: Database.Database;
  let underTest: DeskUnderTest;

  beforeAll(async () => {
    writeFileSync(
      env.ANTREAN_OFFICE_CONFIG,
      JSON.stringify(Object.entries(offices).map(([number, office]) => ({ number, office }))),
    );
    for (const user of TEST_USERS) {
      const added = await runAddUser(
        [user.name, '--role', user.role, '--office', user.office],
        env,
        PASSWORD,
      );
      expect(added, added.output).toMatchObject({ code: 0 });
    }
    desk = await startDesk(env);
    db = new Database(env.ANTREAN_SQLITE_PATH);
    const store = (await createSqliteStore(db))._unsafeUnwrap();
    underTest = {
      base: `${desk.url}/desk/`,
      send: (url, init) => fetch(url, init),
      offices,
      store,
      sweep: () => new Promise((resolve) => setTimeout(resolve, 700)),
    };
  }, 90_000);

  afterAll(async () => {
    if (desk && desk.child.exitCode === null) {
      desk.child.kill('SIGTERM');
      await desk.exited;
    }
    db?.close();
    removeDeskCache();
    rmSync(dir, { recursive: true, force: true });
  }, 30_000);

  describe('sign-in, sessions, CSRF, pages', () => authTests(() => underTest));
  describe('check-in and numbers', () => checkInTests(() => underTest));
  describe('counters, events, audit, day', () => callingTests(() => underTest));
  describe('sign-in limits', () => throttleTests(() => underTest));

  it('add-user refuses a second account of one name, a bad role, an unknown office and a short password', async () => {
    const before = readFileSync(env.ANTREAN_DESK_USERS, 'utf8');
    const refusals = await Promise.all([
      runAddUser(['siti', '--role', 'officer', '--office', 'A'], env, PASSWORD),
      runAddUser(['eko', '--role', 'boss', '--office', 'A'], env, PASSWORD),
      runAddUser(['eko', '--role', 'officer', '--office', 'Z'], env, PASSWORD),
      runAddUser(['eko', '--role', 'officer', '--office', 'A'], env, 'short'),
      runAddUser(['eko', '--role', 'officer'], env, PASSWORD),
    ]);
    expect(refusals.map((r) => r.code)).toEqual([2, 2, 2, 2, 2]);
    expect(refusals[4]?.output).toMatch(/--office is required/);
    expect(readFileSync(env.ANTREAN_DESK_USERS, 'utf8')).toBe(before);
    expect(before).not.toContain(PASSWORD);
  });

  it('stops on SIGTERM with exit code 0 while a display stream is open, and logs no code or name', async () => {
    const display = await fetch(`${desk.url}/desk/display/C/events`);
    expect(display.status).toBe(200);
    desk.child.kill('SIGTERM');
    expect(await desk.exited).toBe(0);
    expect(desk.output()).not.toMatch(/WARGA/);
  });
});
