import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BookingStore, OfficeConfig } from '@antrean/core';
import { createSqliteStore } from '@antrean/storage-sqlite';
import Database from 'libsql';
import {
  type DeskProcess,
  removeDeskCache,
  runAddUser,
  startDesk,
} from '../../../../../examples/office-desk/test/desk-process';
import { middayZone, seedBooking, testOffice } from '../../support/desk-fixtures';
import { PASSWORD } from '../../support/desk-under-test';

/** The accounts of the browser tests: an officer and a supervisor of office A. */
export const BROWSER_USERS = [
  { name: 'siti', role: 'officer' },
  { name: 'rina', role: 'supervisor' },
] as const;

export { PASSWORD };

/** `examples/office-desk` running as a process over a SQLite file, with a way to seed bookings. */
export interface DeskServer {
  /** `http://127.0.0.1:PORT/desk/`. */
  readonly base: string;
  /** The office zone, a fixed offset in which it is about midday now (the browser's device is elsewhere). */
  readonly zone: string;
  readonly offices: Readonly<Record<'A' | 'B', OfficeConfig>>;
  readonly store: BookingStore;
  /** Reserves a booking at `office` whose session starts `fromNowMs` from now; its canonical code. */
  seed(fromNowMs: number, office?: 'A' | 'B'): Promise<string>;
  stop(): Promise<void>;
}

/** Starts the office desk as `pnpm start` does, with users added by its `add-user` command. */
export async function startDeskServer(): Promise<DeskServer> {
  const dir = mkdtempSync(join(tmpdir(), 'antrean-desk-browser-'));
  const zone = middayZone(new Date());
  const offices = { A: testOffice('A', zone), B: testOffice('B', zone) };
  const env = {
    ANTREAN_SQLITE_PATH: join(dir, 'antrean.sqlite'),
    ANTREAN_OFFICE_CONFIG: join(dir, 'offices.json'),
    ANTREAN_DESK_USERS: join(dir, 'users.json'),
    ANTREAN_DESK_SECRET: 'a-secret-for-the-desk-browser-tests-0123456789',
  };
  writeFileSync(
    env.ANTREAN_OFFICE_CONFIG,
    JSON.stringify(Object.entries(offices).map(([number, office]) => ({ number, office }))),
  );
  for (const user of BROWSER_USERS) {
    const added = await runAddUser([user.name, '--role', user.role, '--office', 'A'], env, PASSWORD);
    if (added.code !== 0) throw new Error(`add-user ${user.name} failed:\n${added.output}`);
  }
  const desk: DeskProcess = await startDesk(env);
  const db = new Database(env.ANTREAN_SQLITE_PATH);
  const store = (await createSqliteStore(db))._unsafeUnwrap();
  return {
    base: `${desk.url}/desk/`,
    zone,
    offices,
    store,
    seed: (fromNowMs, office = 'A') =>
      seedBooking(store, offices[office], { startsAt: new Date(Date.now() + fromNowMs) }),
    stop: async () => {
      if (desk.child.exitCode === null) {
        desk.child.kill('SIGTERM');
        await desk.exited;
      }
      db.close();
      removeDeskCache();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
