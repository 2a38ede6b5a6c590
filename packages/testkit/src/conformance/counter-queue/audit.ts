/**
 * The audit trail: `listAudit`, and purge.
 * - Every issue and counter action writes one row: officer, time, action, code, number, counter,
 *   and a walk-in's reason; ids grow in writing order.
 * - `listAudit` gives the office's rows with `at` in [from, to) and id below `beforeId`, newest
 *   first, at most `limit`; another office's rows never show.
 * - Purge never deletes audit rows.
 */
import type { AuditEntry } from '@antrean/core';
import type { SuiteContext } from '../conformance-types';
import { DAY, fixtures, later, NOW, slot } from '../fixtures';
import { as, settled } from '../support';
import { atCounter, callAt, checkedIn, OFFICER, walkIn } from './desk-fixtures';

const EVER = { from: new Date(0), to: new Date('2100-01-01T00:00:00Z'), limit: 100 };

/** Declares the audit tests. */
export function auditTests({ api, harness }: SuiteContext): void {
  const { it, expect } = api;
  const session = slot(DAY, '08:00', 20);

  it('writes a row for every action with officer, code, number and counter, newest first', async () => {
    const { store } = harness();
    const f = fixtures();
    const booked = await checkedIn(store, f, session, 'new', later(NOW, 1));
    const walked = await settled(
      store.issueWalkIn(walkIn(f.officeId, { at: later(NOW, 2), officer: 'budi' })),
    );
    as(await settled(store.callNext(callAt(f.officeId, '4', 3, { at: later(NOW, 3) }))), 'Done');
    as(await settled(store.recall(atCounter(f.officeId, '4', { at: later(NOW, 4) }))), 'Done');
    as(
      await settled(
        store.finishCall({ ...atCounter(f.officeId, '4', { at: later(NOW, 5) }), outcome: 'served' }),
      ),
      'Done',
    );
    as(await settled(store.callNext(callAt(f.officeId, '4', 3, { at: later(NOW, 6) }))), 'Done');
    as(
      await settled(
        store.finishCall({ ...atCounter(f.officeId, '4', { at: later(NOW, 7) }), outcome: 'absent' }),
      ),
      'Done',
    );
    await checkedIn(store, fixtures(), session);
    const rows = await settled(store.listAudit({ officeId: f.officeId, ...EVER }));
    const shape = (row: AuditEntry) => [
      row.action,
      row.officer,
      row.code,
      row.ticket,
      row.counter,
      row.detail,
      row.at,
    ];
    const code = booked.code;
    expect(rows.map(shape)).toEqual([
      ['absent', OFFICER, undefined, walked.number, '4', undefined, later(NOW, 7)],
      ['call', OFFICER, undefined, walked.number, '4', undefined, later(NOW, 6)],
      ['served', OFFICER, code, booked.number, '4', undefined, later(NOW, 5)],
      ['recall', OFFICER, code, booked.number, '4', undefined, later(NOW, 4)],
      ['call', OFFICER, code, booked.number, '4', undefined, later(NOW, 3)],
      ['walk_in', 'budi', undefined, walked.number, undefined, 'paspor hilang', later(NOW, 2)],
      ['check_in', OFFICER, code, booked.number, undefined, undefined, later(NOW, 1)],
    ]);
    expect(rows.every((row) => row.officeId === f.officeId)).toBe(true);
    const ids = rows.map((row) => row.id);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('pages by time window, beforeId and limit', async () => {
    const { store } = harness();
    const f = fixtures();
    for (let n = 1; n <= 5; n += 1) {
      await settled(store.issueWalkIn(walkIn(f.officeId, { at: later(NOW, n), reason: `r${n}` })));
    }
    const reasons = (rows: readonly AuditEntry[]) => rows.map((row) => row.detail);
    const all = await settled(store.listAudit({ officeId: f.officeId, ...EVER }));
    expect(reasons(all)).toEqual(['r5', 'r4', 'r3', 'r2', 'r1']);
    const window = { officeId: f.officeId, from: later(NOW, 2), to: later(NOW, 4), limit: 10 };
    expect(reasons(await settled(store.listAudit(window)))).toEqual(['r3', 'r2']);
    const page = await settled(store.listAudit({ officeId: f.officeId, ...EVER, limit: 2 }));
    expect(reasons(page)).toEqual(['r5', 'r4']);
    const next = await settled(
      store.listAudit({ officeId: f.officeId, ...EVER, limit: 2, beforeId: page[1]!.id }),
    );
    expect(reasons(next)).toEqual(['r3', 'r2']);
  });

  it('purge keeps the audit rows and the tickets', async () => {
    const { store } = harness();
    const f = fixtures();
    await checkedIn(store, f, session);
    await settled(store.issueWalkIn(walkIn(f.officeId)));
    await settled(store.purge(new Date('2100-01-01T00:00:00Z')));
    const rows = await settled(store.listAudit({ officeId: f.officeId, ...EVER }));
    expect(rows.map((row) => row.action)).toEqual(['walk_in', 'check_in']);
    expect(await settled(store.listTickets(f.officeId, DAY))).toHaveLength(2);
  });
}
