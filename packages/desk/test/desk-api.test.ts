import { activeFrom } from '@antrean/core';
import { createMemoryStore } from '@antrean/storage-memory';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe } from 'vitest';
import { createDesk, type DeskApp, hashPassword } from '../src';
import { middayZone, testOffice } from './support/desk-fixtures';
import { type DeskUnderTest, PASSWORD, TEST_USERS } from './support/desk-under-test';
import { authTests, throttleTests } from './support/suite-auth';
import { callingTests } from './support/suite-calling';
import { checkInTests } from './support/suite-check-in';

// The whole API in process, over the memory store, mounted under /desk of a host app. The same
// suites run against the office-desk example as a process over SQLite (examples/office-desk/test).
describe('the desk API in process (memory store)', () => {
  let deskApp: DeskApp;
  let underTest: DeskUnderTest;

  beforeAll(async () => {
    const store = (await createMemoryStore())._unsafeUnwrap();
    const zone = middayZone(new Date());
    const offices = { A: testOffice('A', zone), B: testOffice('B', zone), C: testOffice('C', zone) };
    const cheap = { N: 1024, r: 8, p: 1 };
    const users = await Promise.all(
      TEST_USERS.map(async (user) => ({ ...user, passwordHash: await hashPassword(PASSWORD, cheap) })),
    );
    deskApp = createDesk({
      offices: Object.values(offices).map((office) => ({ office, store })),
      users,
      secret: 'a-test-secret-of-at-least-32-characters',
    })._unsafeUnwrap();
    const host = new Hono();
    host.route('/desk', deskApp.app);
    underTest = {
      base: 'http://desk.test/desk/',
      send: async (url, init) => host.request(url, init),
      offices,
      store,
      // The sweep is the host's scheduled work now: one pass is the core's expireLapsed per office.
      sweep: async () => {
        const at = new Date();
        for (const officeId of Object.keys(offices))
          (await store.expireLapsed({ activeFrom: activeFrom(at), at, officeId }))._unsafeUnwrap();
      },
    };
  });
  afterAll(() => deskApp?.close());

  describe('sign-in, sessions, CSRF, pages', () => authTests(() => underTest));
  describe('check-in and numbers', () => checkInTests(() => underTest));
  describe('counters, events, audit, day', () => callingTests(() => underTest));
  describe('sign-in limits', () => throttleTests(() => underTest));
});
