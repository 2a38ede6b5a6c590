import type { AddressInfo } from 'node:net';
import type { OfficeConfig } from '@antrean/core';
import { createMemoryStore } from '@antrean/storage-memory';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { createDesk, hashPassword } from '../../../src';
import { seedBooking, testOffice } from '../../support/desk-fixtures';
import { PASSWORD } from '../../support/desk-under-test';

/** The offices of the time-zone tests: one in WIB (UTC+7) and one in WIT (UTC+9). */
export const ZONED_OFFICES = { WIB: 'Asia/Jakarta', WIT: 'Asia/Jayapura' } as const;

/** One of `ZONED_OFFICES`' ids. */
export type ZonedOfficeId = keyof typeof ZONED_OFFICES;

/** A desk served over HTTP in this process, its clock stopped at an instant the test chose. */
export interface ClockedDesk {
  /** `http://127.0.0.1:PORT/desk/`. */
  readonly base: string;
  readonly offices: Readonly<Record<ZonedOfficeId, OfficeConfig>>;
  /** Reserves a booking at `office` whose session starts at `startsAt`; its canonical code. */
  seed(office: ZonedOfficeId, startsAt: Date): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Starts the desk for both offices over one memory store each, with a supervisor per office
 * (`sup-wib`, `sup-wit`, password `PASSWORD`), every clock reading `now`.
 */
export async function startClockedDesk(now: Date): Promise<ClockedDesk> {
  const offices = {
    WIB: testOffice('WIB', ZONED_OFFICES.WIB),
    WIT: testOffice('WIT', ZONED_OFFICES.WIT),
  };
  const stores = {
    WIB: (await createMemoryStore())._unsafeUnwrap(),
    WIT: (await createMemoryStore())._unsafeUnwrap(),
  };
  const passwordHash = await hashPassword(PASSWORD, { N: 1024, r: 8, p: 1 });
  const desk = createDesk({
    offices: [
      { office: offices.WIB, store: stores.WIB },
      { office: offices.WIT, store: stores.WIT },
    ],
    users: [
      { name: 'sup-wib', role: 'supervisor', office: 'WIB', passwordHash },
      { name: 'sup-wit', role: 'supervisor', office: 'WIT', passwordHash },
    ],
    secret: 'a-secret-for-the-desk-time-zone-tests-0123456789',
    clock: { now: () => new Date(now.getTime()) },
  })._unsafeUnwrap();
  const host = new Hono();
  host.route('/desk', desk.app);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: host.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(started));
  });
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}/desk/`,
    offices,
    seed: (office, startsAt) => seedBooking(stores[office], offices[office], { startsAt }),
    stop: async () => {
      await desk.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
