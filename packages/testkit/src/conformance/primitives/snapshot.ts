import type { BookingStore, LedgerPrimitives } from '@antrean/core';
import { DATES, type Universe } from './universe';

/** After every instant a run writes, and within every engine's range of timestamps. */
const END_OF_TIME = new Date('2100-01-01T00:00:00Z');

/** More places than any run takes in one session: probing with it counts the places held. */
const PROBE_CAPACITY = 8;

class ProbeDone extends Error {
  override readonly name = 'ProbeDone';
}

/** Places held in a session, read as how many more a probe may take before the capacity refuses. */
const heldIn = async (
  tx: LedgerPrimitives,
  officeId: string,
  slot: Universe['slots'][number],
): Promise<number> => {
  let free = 0;
  while (free < PROBE_CAPACITY && (await tx.takePlace(officeId, { ...slot, capacity: PROBE_CAPACITY })))
    free += 1;
  return PROBE_CAPACITY - free;
};

// One call at a time, as the use cases make them: a transaction need not take calls at once.
const each = async <T, R>(items: readonly T[], read: (item: T) => Promise<R>): Promise<R[]> => {
  const out: R[] = [];
  for (const item of items) out.push(await read(item));
  return out;
};

const rowsOf = async (tx: LedgerPrimitives, u: Universe) => ({
  bookings: await each(u.codes, (code) => tx.findBooking(code)),
  replies: await each(u.messages, (key) => tx.findReply(key)),
  bindings: await each(
    u.phones,
    async (phone) => (await tx.reserveFacts({ applicantKey: '-', phone, code: '-' })).binding,
  ),
  tickets: await each(
    u.offices.flatMap((officeId) => DATES.map((date) => ({ officeId, date }))),
    ({ officeId, date }) => tx.dayTickets(officeId, date),
  ),
  held: await each(
    u.offices.flatMap((officeId) => u.slots.map((slot) => ({ officeId, slot }))),
    ({ officeId, slot }) => heldIn(tx, officeId, slot),
  ),
});

/** Everything of a run's universe that a store holds, as its primitives and reads tell it. */
export type Snapshot = Awaited<ReturnType<typeof rowsOf>> & {
  readonly audit: unknown[];
  readonly outbox: unknown;
};

/**
 * The store's rows for the run's ids. The primitives are read in one transaction that then
 * rejects, so the places the probe takes are given back; the audit trail (ids aside: a rolled
 * back insert may use one up) and the outbox's depth are read through the store's own methods.
 */
export const snapshotOf = async (store: BookingStore, u: Universe): Promise<Snapshot> => {
  let rows: Awaited<ReturnType<typeof rowsOf>> | undefined;
  const probe = await store.transact({ useCase: 'recordReply' }, async (tx) => {
    rows = await rowsOf(tx, u);
    throw new ProbeDone('read only: rolled back');
  });
  if (probe.isOk() || !rows)
    throw new Error(`the snapshot's transaction did not run: ${JSON.stringify(probe)}`);
  const audit = [];
  for (const officeId of u.offices) {
    const listed = await store.listAudit({ officeId, from: new Date(0), to: END_OF_TIME, limit: 1000 });
    if (listed.isErr()) throw new Error(`listAudit: ${listed.error.message}`);
    const ids = listed.value.map((row) => row.id);
    if (ids.some((id, i) => i > 0 && id >= ids[i - 1]!))
      throw new Error(`audit ids not newest first: ${ids.join(',')}`);
    audit.push(listed.value.map(({ id: _id, ...row }) => row));
  }
  const outbox = await store.outboxStats();
  if (outbox.isErr()) throw new Error(`outboxStats: ${outbox.error.message}`);
  return { ...rows, audit, outbox: outbox.value };
};
