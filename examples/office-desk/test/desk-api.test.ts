import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { middayZone, testOffice } from '../../../packages/desk/test/support/desk-fixtures';
import {
  type DeskUnderTest,
  PASSWORD,
  TEST_USERS,
} from '../../../packages/desk/test/support/desk-under-test';
import { authTests, throttleTests } from '../../../packages/desk/test/support/suite-auth';
import { callingTests } from '../../../packages/desk/test/support/suite-calling';
import { checkInTests } from '../../../packages/desk/test/support/suite-check-in';
import { type DeskProcess, runAddUser } from './desk-process';
import { useDeskRun } from './desk-run';
import { ENGINES } from './desk-stores';
import { watchSeeds } from './lapsed-bookings';

// The office desk as `pnpm start` runs it, over HTTP on 127.0.0.1 with a SQLite file in a temp
// folder (and a PostgreSQL schema when CI gives a server); the tests seed bookings through a second
// connection to that database, as the bot would.
describe.each(ENGINES)('the office desk as a process (%s)', (engine) => {
  const zone = middayZone(new Date());
  const offices = { A: testOffice('A', zone), B: testOffice('B', zone), C: testOffice('C', zone) };
  const run = useDeskRun(engine, {
    ANTREAN_DESK_SECRET: 'a-secret-for-the-desk-process-tests-0123456789',
    ANTREAN_SWEEP_MS: '200',
  });
  let desk: DeskProcess;
  let underTest: DeskUnderTest;

  beforeAll(async () => {
    const list = Object.entries(offices).map(([number, office]) => ({ number, office }));
    writeFileSync(run.officesFile, JSON.stringify(list));
    for (const user of TEST_USERS) {
      const added = await runAddUser(
        [user.name, '--role', user.role, '--office', user.office],
        run.env,
        PASSWORD,
      );
      expect(added, added.output).toMatchObject({ code: 0 });
    }
    desk = await run.start();
    const seeds = watchSeeds(await run.openStore());
    underTest = {
      base: `${desk.url}/desk/`,
      send: (url, init) => fetch(url, init),
      offices,
      store: seeds.store,
      sweep: seeds.sweepDone,
    };
  }, 90_000);

  describe('sign-in, sessions, CSRF, pages', () => authTests(() => underTest));
  describe('check-in and numbers', () => checkInTests(() => underTest));
  describe('counters, events, audit, day', () => callingTests(() => underTest));
  describe('sign-in limits', () => throttleTests(() => underTest));

  it('add-user refuses a second account of one name, a bad role, an unknown office and a short password', async () => {
    const before = readFileSync(run.usersFile, 'utf8');
    const refusals = await Promise.all([
      runAddUser(['siti', '--role', 'officer', '--office', 'A'], run.env, PASSWORD),
      runAddUser(['eko', '--role', 'boss', '--office', 'A'], run.env, PASSWORD),
      runAddUser(['eko', '--role', 'officer', '--office', 'Z'], run.env, PASSWORD),
      runAddUser(['eko', '--role', 'officer', '--office', 'A'], run.env, 'short'),
      runAddUser(['eko', '--role', 'officer'], run.env, PASSWORD),
    ]);
    expect(refusals.map((r) => r.code)).toEqual([2, 2, 2, 2, 2]);
    expect(refusals[4]?.output).toMatch(/--office is required/);
    expect(readFileSync(run.usersFile, 'utf8')).toBe(before);
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
