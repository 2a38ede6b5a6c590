/**
 * The desk feed: the audit trail read forward from an id, and a watch that wakes readers.
 * - `auditAfter` gives the office's rows with id > `afterId`, oldest first, at most `limit`: the
 *   same rows `listAudit` gives, in the other order; another office's rows never show.
 * - `latestAuditId` is the office's highest id, 0 when it has none.
 * - `watchDesk` wakes its listener within 1 s of an append, and not after its stop function ran.
 */
import { waitUntil } from '../../wait-until';
import type { SuiteContext } from '../conformance-types';
import { fixtures } from '../fixtures';
import { settled } from '../support';
import { appendRows, backplaneOf, readOnWake } from './backplane-support';

const EVER = { from: new Date(0), to: new Date('2100-01-01T00:00:00Z'), limit: 100 };

/** How soon a watch must wake after an append: a display may lag a call by at most this. */
export const WAKE_WITHIN_MS = 1_000;

/** Declares the feed tests on one store. */
export function feedTests({ api, harness }: SuiteContext): void {
  const { it, expect } = api;

  it('auditAfter gives the office rows after an id, oldest first, paged by limit', async () => {
    const store = backplaneOf(harness());
    const f = fixtures();
    const other = fixtures();
    expect(await settled(store.latestAuditId(f.officeId))).toBe(0);
    expect(await settled(store.auditAfter({ officeId: f.officeId, afterId: 0, limit: 10 }))).toEqual([]);
    await appendRows(store, f.officeId, ['r1', 'r2']);
    await appendRows(store, other.officeId, ['x1']);
    await appendRows(store, f.officeId, ['r3', 'r4', 'r5']);
    const all = await settled(store.auditAfter({ officeId: f.officeId, afterId: 0, limit: 10 }));
    expect(all.map((row) => row.detail)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    expect(all).toEqual([...(await settled(store.listAudit({ officeId: f.officeId, ...EVER })))].reverse());
    const first = await settled(store.auditAfter({ officeId: f.officeId, afterId: 0, limit: 2 }));
    expect(first.map((row) => row.detail)).toEqual(['r1', 'r2']);
    const next = await settled(store.auditAfter({ officeId: f.officeId, afterId: first[1]!.id, limit: 2 }));
    expect(next.map((row) => row.detail)).toEqual(['r3', 'r4']);
    const latest = await settled(store.latestAuditId(f.officeId));
    expect(latest).toBe(all[4]!.id);
    expect(await settled(store.auditAfter({ officeId: f.officeId, afterId: latest, limit: 10 }))).toEqual([]);
    const others = await settled(store.auditAfter({ officeId: other.officeId, afterId: 0, limit: 10 }));
    expect(others.map((row) => row.detail)).toEqual(['x1']);
  });

  it(`watchDesk wakes its listener within ${WAKE_WITHIN_MS} ms of an append, and not once stopped`, async () => {
    const store = backplaneOf(harness());
    const f = fixtures();
    const watch = readOnWake(store, f.officeId);
    try {
      await appendRows(store, f.officeId, ['woken']);
      await waitUntil('a wake-up that reads the new row', () => watch.read().includes('woken'), {
        timeoutMs: WAKE_WITHIN_MS,
      });
    } finally {
      watch.stop();
    }
    const stoppedAt = watch.wakes();
    // A second watch woken by a later append shows time enough passed for the stopped one to wake.
    const witness = readOnWake(store, f.officeId);
    try {
      await appendRows(store, f.officeId, ['after stop']);
      await waitUntil('the second watch to read the later row', () => witness.read().includes('after stop'), {
        timeoutMs: WAKE_WITHIN_MS,
      });
    } finally {
      witness.stop();
    }
    expect(watch.wakes()).toBe(stoppedAt);
  });
}
