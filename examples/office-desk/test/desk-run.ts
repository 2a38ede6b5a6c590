import { join } from 'node:path';
import type { BookingStore } from '@antrean/core';
import { afterAll, beforeAll } from 'vitest';
import { type DeskProcess, removeDeskCache, startDesk } from './desk-process';
import { type DeskDatabase, deskDatabase, tempFolder } from './desk-stores';

/** One test file's desks: their variables and files, the processes started, a seeding connection. */
export interface DeskRun {
  /** The desks' environment (the database's variables are added before the file's own hooks run). */
  readonly env: Record<string, string>;
  readonly officesFile: string;
  readonly usersFile: string;
  /** Starts one more desk process on the run's database. */
  start(): Promise<DeskProcess>;
  /** A second connection to the database, for seeding bookings (open it after a desk has started). */
  openStore(): Promise<BookingStore>;
}

/**
 * A temp folder and a fresh `engine` database for this file's desk processes; after the file,
 * every process still running gets SIGTERM, then the database and the folder are removed.
 */
export function useDeskRun(engine: 'sqlite' | 'postgres', extra: Record<string, string>): DeskRun {
  const { dir, remove } = tempFolder();
  const officesFile = join(dir, 'offices.json');
  const usersFile = join(dir, 'users.json');
  const env = { ANTREAN_OFFICE_CONFIG: officesFile, ANTREAN_DESK_USERS: usersFile, ...extra };
  const processes: DeskProcess[] = [];
  let database: DeskDatabase | undefined;

  beforeAll(async () => {
    database = await deskDatabase(engine, dir);
    Object.assign(env, database.env);
  }, 60_000);

  afterAll(async () => {
    for (const desk of processes) {
      if (desk.child.exitCode === null && desk.child.signalCode === null) desk.child.kill('SIGTERM');
      await desk.exited;
    }
    await database?.close();
    removeDeskCache();
    remove();
  }, 30_000);

  return {
    env,
    officesFile,
    usersFile,
    start: async () => {
      const desk = await startDesk(env);
      processes.push(desk);
      return desk;
    },
    openStore: () => {
      if (!database) throw new Error('the database opens in beforeAll');
      return database.open();
    },
  };
}
