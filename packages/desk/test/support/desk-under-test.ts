import type { BookingStore, OfficeConfig } from '@antrean/core';
import { DeskClient, type Send } from './desk-client';

/** Every test account's password. */
export const PASSWORD = 'kata-sandi-rahasia';

/**
 * The accounts every desk under test has: three officers and a supervisor at office A (check-in,
 * concurrency), an officer at B (another office's codes), an officer and a supervisor at C (calling).
 */
export const TEST_USERS = [
  { name: 'siti', role: 'officer', office: 'A' },
  { name: 'budi', role: 'officer', office: 'A' },
  { name: 'dewi', role: 'officer', office: 'A' },
  { name: 'rina', role: 'supervisor', office: 'A' },
  { name: 'andi', role: 'officer', office: 'B' },
  { name: 'cici', role: 'officer', office: 'C' },
  { name: 'citra', role: 'supervisor', office: 'C' },
] as const;

/** A running desk (in process or as a child process) and a way into its store. */
export interface DeskUnderTest {
  /** The desk's mount URL with a trailing slash: `http://127.0.0.1:PORT/desk/`. */
  readonly base: string;
  readonly send: Send;
  /** Offices by letter; their ids are the letters. */
  readonly offices: Readonly<Record<'A' | 'B' | 'C', OfficeConfig>>;
  /** The desk's store, or another connection to it, for seeding bookings. */
  readonly store: BookingStore;
  /** Waits until the host's expiry sweep has run over the lapsed bookings (a process's runs every 200 ms). */
  sweep(): Promise<void>;
}

/** A client of `desk` signed in as `name` (the test fails when it cannot sign in). */
export async function signedIn(
  desk: Pick<DeskUnderTest, 'base' | 'send'>,
  name: string,
): Promise<DeskClient> {
  const client = new DeskClient(desk.base, desk.send);
  const answer = await client.login(name, PASSWORD);
  if (answer.status !== 200) throw new Error(`${name} cannot sign in: ${answer.status}`);
  return client;
}
