import type { BookingStore, DeskBackplane } from '@antrean/core';
import type { StoreHarness } from '../conformance-types';
import { walkIn } from '../counter-queue/desk-fixtures';
import { later, NOW } from '../fixtures';
import { settled } from '../support';

/** A store with the desk backplane: what every test of this suite acts on. */
export type BackplaneStore = BookingStore & DeskBackplane;

const MEMBERS = [
  'auditAfter',
  'latestAuditId',
  'watchDesk',
  'revokeSession',
  'revokeUserSessions',
  'isSessionRevoked',
  'acquireLease',
  'releaseLease',
] as const;

/**
 * The harness's store as a `DeskBackplane`. The suite takes the same harnesses as the store
 * suite (whose `store` is typed `BookingStore`), so a store missing a member fails by name.
 */
export const backplaneOf = (harness: StoreHarness): BackplaneStore => {
  const store = harness.store as Partial<BackplaneStore> & BookingStore;
  const missing = MEMBERS.filter((member) => typeof store[member] !== 'function');
  if (missing.length > 0)
    throw new Error(`the store does not implement DeskBackplane: no ${missing.join(', ')}`);
  return store as BackplaneStore;
};

/** Issue walk-ins at the office with the given reasons, one audit row each, in this order. */
export const appendRows = async (store: BookingStore, officeId: string, reasons: readonly string[]) => {
  for (const [n, reason] of reasons.entries()) {
    await settled(store.issueWalkIn(walkIn(officeId, { at: later(NOW, n + 1), reason })));
  }
};

/** A unique name for one test's session, user or lease, so tests never collide on a shared database. */
export const uniqueName = (prefix: string): string =>
  `${prefix}-${Array.from(globalThis.crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('')}`;

/**
 * A watch that reads the office's rows each time it wakes, as a display does: a watch may also
 * wake with nothing new (when it starts listening), so tests wait for the rows a wake-up read.
 */
export const readOnWake = (
  store: DeskBackplane,
  officeId: string,
): { readonly wakes: () => number; readonly read: () => readonly string[]; readonly stop: () => void } => {
  let wakes = 0;
  let read: readonly string[] = [];
  const stop = store.watchDesk(() => {
    wakes += 1;
    void store.auditAfter({ officeId, afterId: 0, limit: 100 }).then((rows) => {
      if (rows.isOk()) read = rows.value.map((row) => row.detail ?? '');
    });
  });
  return { wakes: () => wakes, read: () => read, stop };
};
