import { writeFileSync } from 'node:fs';
import type { BookingStore } from '@antrean/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { middayZone, seedBooking, testOffice } from '../../../packages/desk/test/support/desk-fixtures';
import { PASSWORD, signedIn } from '../../../packages/desk/test/support/desk-under-test';
import type { DeskProcess } from './desk-process';
import { runAddUser } from './desk-process';
import { useDeskRun } from './desk-run';
import { ENGINES } from './desk-stores';

// Two desk processes on one database (two machines at the door): numbers stay unique and gapless.
describe.each(ENGINES)('two desk processes on one database (%s)', (engine) => {
  const office = testOffice('A', middayZone(new Date()));
  const run = useDeskRun(engine, {
    ANTREAN_DESK_SECRET: 'a-secret-shared-by-both-desk-processes-0123',
    ANTREAN_DESK_SWEEP_MS: '0',
  });
  const desks: DeskProcess[] = [];
  let store: BookingStore;

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
});
