import { createMemoryStore } from '@antrean/storage-memory';
import { Hono } from 'hono';
import { createDesk, type DeskApp, type DeskOptions, hashPassword } from '../../src';
import { middayZone, testOffice } from './desk-fixtures';
import { PASSWORD } from './desk-under-test';

/** One office `A`, one officer `siti`, the desk mounted under `/desk` of a host app, in process. */
export interface SmallDesk {
  readonly desk: DeskApp;
  /** The options it was made with. */
  readonly options: DeskOptions;
  readonly host: Hono;
  /** `http://desk.test/desk/`. */
  readonly base: string;
}

/** A desk over the memory store with `options` on top of the defaults `close` it after. */
export async function smallDesk(options: Partial<DeskOptions> = {}): Promise<SmallDesk> {
  const store = (await createMemoryStore())._unsafeUnwrap();
  const office = testOffice('A', middayZone(new Date()));
  const passwordHash = await hashPassword(PASSWORD, { N: 1024, r: 8, p: 1 });
  const all: DeskOptions = {
    offices: [{ office, store }],
    users: [{ name: 'siti', role: 'officer', office: 'A', passwordHash }],
    secret: 'a-test-secret-of-at-least-32-characters',
    ...options,
  };
  const desk = createDesk(all)._unsafeUnwrap();
  const host = new Hono();
  host.route('/desk', desk.app);
  return { desk, options: all, host, base: 'http://desk.test/desk/' };
}
