import { displayCode } from '@antrean/core';
import { createMemoryStore } from '@antrean/storage-memory';
import { describe, expect, it } from 'vitest';
import { createDesk, hashPassword } from '../src';
import { middayZone, seedBooking, testOffice } from './support/desk-fixtures';
import { PASSWORD, signedIn } from './support/desk-under-test';

// The desk shows a booking code as printed (`QA6Y-AU5H`) in its check-in answers, day view and
// CSV; the audit trail, read from the same store, must too.
describe('booking codes in the audit trail and the day CSV', () => {
  it('keep their dash, as in the check-in answer', async () => {
    const store = (await createMemoryStore())._unsafeUnwrap();
    const office = testOffice('A', middayZone(new Date()));
    const users = await Promise.all(
      (
        [
          { name: 'siti', role: 'officer', office: 'A' },
          { name: 'rina', role: 'supervisor', office: 'A' },
        ] as const
      ).map(async (user) => ({
        ...user,
        passwordHash: await hashPassword(PASSWORD, { N: 1024, r: 8, p: 1 }),
      })),
    );
    const desk = createDesk({
      offices: [{ office, store }],
      users,
      secret: 'a-test-secret-of-at-least-32-characters',
    })._unsafeUnwrap();
    try {
      const app = {
        base: 'http://desk.test/',
        send: async (url: string, init: RequestInit) => desk.app.request(url, init),
      };
      const code = await seedBooking(store, office, { startsAt: new Date(Date.now() + 3_600_000) });
      const printed = displayCode(code);
      expect(printed).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);

      const checkedIn = await (await signedIn(app, 'siti')).post('api/check-in', { code });
      expect(checkedIn.body.ticket?.code).toBe(printed);
      const supervisor = await signedIn(app, 'rina');
      const audit = await supervisor.get('api/audit');
      expect(audit.body.entries).toMatchObject([{ action: 'check_in', code: printed }]);
      const csv = await supervisor.get('api/day?format=csv');
      expect(String(csv.body)).toContain(`,${printed},`);
    } finally {
      desk.close();
    }
  });
});
