/**
 * Several processes (capability `multiProcess`): two stores on one database issue numbers and
 * call tickets as one queue; no number is issued twice and no ticket called at two counters.
 * Needs `options.connectAnother`; otherwise reported as skipped with the reason in its name.
 */
import type { SuiteContext } from '../conformance-types';
import { DAY, fixtures, newBooking, reserveInput, slot } from '../fixtures';
import { skipReason } from '../store-maintenance/shared-database';
import { as, settled, skipNote } from '../support';
import { callAt, oneTo, sequences, ticketCheckIn, walkIn } from './desk-fixtures';

/** Declares the two-stores-one-queue test (skipped, saying why, when it cannot run). */
export function queueProcessTests(context: SuiteContext): void {
  const { api, harness, options } = context;
  const { it, expect } = api;
  const reason = skipReason(context);
  const name = `multiProcess: two stores on one database share one queue${skipNote(reason !== undefined, reason ?? '')}`;

  it.skipIf(reason !== undefined)(name, async () => {
    const first = harness();
    const second = await options.connectAnother!(first);
    try {
      const stores = [first.store, second.store];
      const f = fixtures();
      const session = slot(DAY, '08:00', 30);
      const drafts = Array.from({ length: 10 }, () => newBooking(f, { applicationType: 'new' }));
      for (const d of drafts) as(await settled(first.store.reserve(reserveInput(d, [session]))), 'Reserved');
      const [checkIns, walkIns] = await Promise.all([
        Promise.all(drafts.map((d, i) => settled(stores[i % 2]!.checkInWithTicket(ticketCheckIn(d))))),
        Promise.all(oneTo(6).map((i) => settled(stores[i % 2]!.issueWalkIn(walkIn(f.officeId))))),
      ]);
      expect(sequences(checkIns.map((r) => as(r, 'CheckedIn').ticket))).toEqual(oneTo(10));
      expect(sequences(walkIns)).toEqual(oneTo(6));
      const calls = await Promise.all(
        oneTo(20).map((n) => settled(stores[n % 2]!.callNext(callAt(f.officeId, `K${n}`)))),
      );
      const called = calls.filter((r) => r.type === 'Done').map((r) => as(r, 'Done').ticket);
      expect(called).toHaveLength(16);
      expect(new Set(called.map((t) => t.number)).size).toBe(16);
      expect(called.map((t) => t.callOrder).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(oneTo(16));
    } finally {
      await second.dispose();
    }
  });
}
