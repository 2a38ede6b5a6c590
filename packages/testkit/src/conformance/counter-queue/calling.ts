/**
 * Calling: `callNext`, `recall`, `finishCall`.
 * - `callNext` calls what core `chooseNextTicket` picks from the day (bookings by session then
 *   sequence, one walk-in after every `walkInEvery` booking calls); `QueueEmpty` when none waits;
 *   `CounterBusy` with its ticket while the counter still has one called.
 * - Counters racing never call one ticket twice; call orders are 1, 2, 3… of the day.
 * - `recall` adds a call; `finishCall` ends the ticket served or absent; both `NothingCalled`
 *   at a counter with no ticket called.
 */
import type { SuiteContext } from '../conformance-types';
import { DAY, fixtures, later, NOW, slot } from '../fixtures';
import { as, settled } from '../support';
import { atCounter, callAt, checkedIn, oneTo, walkIn } from './desk-fixtures';

/** Declares the calling tests. */
export function callingTests({ api, harness }: SuiteContext): void {
  const { it, expect } = api;
  const early = slot(DAY, '08:00', 20);
  const late = slot(DAY, '10:00', 20);

  it('calls bookings by session then sequence with a walk-in after every walkInEvery bookings', async () => {
    const { store } = harness();
    const f = fixtures();
    await checkedIn(store, f, late, 'new');
    await checkedIn(store, f, early, 'new');
    await checkedIn(store, f, early, 'replacement');
    await checkedIn(store, f, early, 'new');
    await settled(store.issueWalkIn(walkIn(f.officeId)));
    await settled(store.issueWalkIn(walkIn(f.officeId)));
    const called: string[] = [];
    for (let n = 0; n < 6; n += 1) {
      const done = as(await settled(store.callNext(callAt(f.officeId, '1', 2))), 'Done');
      expect(done.ticket).toMatchObject({
        status: 'called',
        counter: '1',
        callOrder: n + 1,
        calls: 1,
        calledAt: NOW,
      });
      called.push(done.ticket.number);
      const outcome = n % 2 === 0 ? 'served' : 'absent';
      as(await settled(store.finishCall({ ...atCounter(f.officeId, '1'), outcome })), 'Done');
    }
    expect(called).toEqual(['B-001', 'A-002', 'W-001', 'A-003', 'A-001', 'W-002']);
    expect(await settled(store.callNext(callAt(f.officeId, '1')))).toEqual({ type: 'QueueEmpty' });
  });

  it('QueueEmpty, NothingCalled and CounterBusy', async () => {
    const { store } = harness();
    const f = fixtures();
    expect(await settled(store.callNext(callAt(f.officeId, '1')))).toEqual({ type: 'QueueEmpty' });
    expect(await settled(store.recall(atCounter(f.officeId, '1')))).toEqual({ type: 'NothingCalled' });
    const finish = { ...atCounter(f.officeId, '1'), outcome: 'served' as const };
    expect(await settled(store.finishCall(finish))).toEqual({ type: 'NothingCalled' });
    await checkedIn(store, f, early);
    await checkedIn(store, f, early);
    const first = as(await settled(store.callNext(callAt(f.officeId, '1'))), 'Done').ticket;
    expect(await settled(store.callNext(callAt(f.officeId, '1')))).toEqual({
      type: 'CounterBusy',
      ticket: first,
    });
    const second = as(await settled(store.callNext(callAt(f.officeId, 'A2'))), 'Done').ticket;
    expect(second.number).not.toBe(first.number);
    expect(await settled(store.callNext(callAt(f.officeId, '3')))).toEqual({ type: 'QueueEmpty' });
    const elsewhere = fixtures().officeId;
    expect(await settled(store.recall(atCounter(elsewhere, '1')))).toEqual({ type: 'NothingCalled' });
  });

  it('recall adds a call; served and absent finish the ticket and free the counter', async () => {
    const { store } = harness();
    const f = fixtures();
    const ticket = await checkedIn(store, f, early);
    await checkedIn(store, f, early);
    as(await settled(store.callNext(callAt(f.officeId, '1'))), 'Done');
    const recalled = as(
      await settled(store.recall(atCounter(f.officeId, '1', { at: later(NOW, 2) }))),
      'Done',
    );
    expect(recalled.ticket).toMatchObject({
      number: ticket.number,
      calls: 2,
      calledAt: later(NOW, 2),
      status: 'called',
    });
    const again = as(await settled(store.recall(atCounter(f.officeId, '1', { at: later(NOW, 3) }))), 'Done');
    expect(again.ticket.calls).toBe(3);
    const served = as(
      await settled(
        store.finishCall({ ...atCounter(f.officeId, '1', { at: later(NOW, 5) }), outcome: 'served' }),
      ),
      'Done',
    );
    expect(served.ticket).toMatchObject({
      number: ticket.number,
      status: 'served',
      finishedAt: later(NOW, 5),
      calls: 3,
    });
    expect(await settled(store.recall(atCounter(f.officeId, '1')))).toEqual({ type: 'NothingCalled' });
    const next = as(await settled(store.callNext(callAt(f.officeId, '1'))), 'Done').ticket;
    expect(next.callOrder).toBe(2);
    const absent = as(
      await settled(store.finishCall({ ...atCounter(f.officeId, '1'), outcome: 'absent' })),
      'Done',
    );
    expect(absent.ticket).toMatchObject({ number: next.number, status: 'absent' });
    const listed = await settled(store.listTickets(f.officeId, DAY));
    expect(listed.map((t) => [t.number, t.status, t.counter])).toEqual([
      [ticket.number, 'served', '1'],
      [next.number, 'absent', '1'],
    ]);
  });

  it('counters calling at once never call one ticket twice', async () => {
    const { store } = harness();
    const f = fixtures();
    for (const _ of oneTo(3)) await checkedIn(store, f, early);
    for (const _ of oneTo(2)) await settled(store.issueWalkIn(walkIn(f.officeId)));
    const results = await Promise.all(
      oneTo(8).map((n) => settled(store.callNext(callAt(f.officeId, String(n))))),
    );
    const done = results.filter((r) => r.type === 'Done').map((r) => as(r, 'Done').ticket);
    expect(done).toHaveLength(5);
    expect(new Set(done.map((t) => t.number)).size).toBe(5);
    expect(done.map((t) => t.callOrder).sort()).toEqual(oneTo(5));
    expect(results.filter((r) => r.type === 'QueueEmpty')).toHaveLength(3);
    const listed = await settled(store.listTickets(f.officeId, DAY));
    expect(new Set(listed.map((t) => t.counter)).size).toBe(5);
    expect(listed.every((t) => t.status === 'called')).toBe(true);
  });
}
